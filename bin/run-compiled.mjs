/**
 * `node bin/run-compiled.mjs src/adapters/cli/main.ts [args…]`: what the npm
 * scripts run. Starts the entry point from dist/ when dist/ matches the
 * sources (see compile.mjs), compiling first when they changed since (~2 s,
 * once); without a compiler (an install without devDependencies), through
 * tsx's loader as before.
 */
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { compile, compilerPath, isCompiled, projectRoot } from './compile.mjs';

// The old generation grows by 10 % past what survived each full collection, instead of V8's
// up to 4×: a bot answering question after question leaves old garbage behind (evicted cache
// entries, long-lived per-question objects), and at 10,000 articles its peak RSS was 530–540 MB
// by default against 452–459 MB this way, with the same time per question in paired runs
// (docs/performance.md). V8 reads this flag at every resize, so setting it here takes effect.
setFlagsFromString('--heap-growing-percent=10');

const [given, ...args] = process.argv.slice(2);
if (!given?.endsWith('.ts')) {
  process.stderr.write('usage: node bin/run-compiled.mjs path/to/entry.ts [args…]\n');
  process.exit(2);
}

const entry = relative(projectRoot, resolve(given));
let target = join(projectRoot, 'dist', entry.replace(/\.ts$/u, '.js'));
if (!(await isCompiled())) {
  if (compilerPath() !== null) {
    process.stderr.write('kiji: the sources changed since dist/ was compiled; compiling (a few seconds, once)\n');
    await compile();
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    target = join(projectRoot, entry);
  }
}
// The entry point reads its own arguments from argv[2] on, as when node runs it directly.
process.argv = [process.argv[0], target, ...args];
await import(pathToFileURL(target).href);
