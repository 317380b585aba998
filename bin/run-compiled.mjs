/**
 * `node bin/run-compiled.mjs src/adapters/cli/main.ts [args…]`: what the npm
 * scripts run. Starts the entry point from dist/ when dist/ matches the
 * sources (see compile.mjs), compiling first when they changed since (~2 s,
 * once); without a compiler (an install without devDependencies), through
 * tsx's loader as before.
 */
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compile, compilerPath, isCompiled, projectRoot } from './compile.mjs';

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
