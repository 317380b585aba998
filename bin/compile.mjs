/**
 * kiji runs from JavaScript compiled into dist/ (node starts it ~0.3 s sooner
 * and ~40 MB smaller than through tsx's loader). `node bin/compile.mjs`
 * compiles tsconfig.build.json's files (npm's postinstall does it) and
 * stamps dist/ with what it was compiled from, so that a start can tell
 * whether dist/ still matches the sources: by size and mtime first (a stat
 * per file, ~2 ms), by content when they disagree (a checkout, a touch).
 */
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = dirname(dirname(fileURLToPath(import.meta.url)));
const buildConfig = 'tsconfig.build.json';
const stampName = '.compiled-from.json';

/** Whether dist/ was compiled from the sources as they are now. */
export async function isCompiled(root = projectRoot) {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(join(root, 'dist', stampName), 'utf8'));
  } catch {
    return false;
  }
  const files = listSources(root);
  const times = timesOf(root, files);
  if (JSON.stringify(times) === JSON.stringify(stamp.times)) return true;
  if ((await digestOf(root, files)) !== stamp.digest) return false;
  // Same content under new times: remember them, so the next start is back to stat-ing.
  writeStamp(join(root, 'dist'), { ...stamp, times });
  return true;
}

/** The TypeScript compiler, or null in an install without devDependencies. */
export function compilerPath(root = projectRoot) {
  try {
    return join(dirname(createRequire(join(root, 'package.json')).resolve('typescript/package.json')), 'bin', 'tsc');
  } catch {
    return null;
  }
}

/**
 * Compiles (without type-checking: that is `npm test`'s job, and a start
 * should not refuse a file tsx would run) into a fresh folder and swaps it
 * in whole, so a process starting meanwhile never reads half of one build;
 * of two compiling at once, the later swap wins with the same files.
 */
export async function compile(root = projectRoot) {
  const tsc = compilerPath(root);
  if (tsc === null) throw new Error('TypeScript is not installed (npm install without --omit=dev)');
  const { spawnSync } = await import('node:child_process');
  const files = listSources(root);
  const stamp = { digest: await digestOf(root, files), times: timesOf(root, files) };
  const fresh = join(root, `dist.${process.pid}.tmp`);
  rmSync(fresh, { recursive: true, force: true });
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, buildConfig), '--outDir', fresh], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    rmSync(fresh, { recursive: true, force: true });
    throw new Error(`tsc -p ${buildConfig} failed:\n${result.stdout}${result.stderr}`);
  }
  writeStamp(fresh, stamp);
  const old = join(root, `dist.${process.pid}.old`);
  try {
    renameSync(join(root, 'dist'), old);
  } catch {
    // No dist/ yet.
  }
  renameSync(fresh, join(root, 'dist'));
  rmSync(old, { recursive: true, force: true });
}

/** What decides dist/'s content: the two tsconfigs and the files tsconfig.build.json includes, sorted. */
function listSources(root) {
  const config = JSON.parse(readFileSync(join(root, buildConfig), 'utf8'));
  const files = new Set(['tsconfig.json', buildConfig]);
  for (const pattern of config.include) for (const file of expand(root, pattern)) files.add(file);
  return [...files].sort();
}

/** The include entry's files, relative to root: a folder (recursively), a file, or `dir/prefix-*.ts`. */
function expand(root, pattern) {
  if (!pattern.includes('*')) {
    if (!statSync(join(root, pattern)).isDirectory()) return [pattern];
    return readdirSync(join(root, pattern), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)));
  }
  const dir = dirname(pattern);
  const [before, after] = pattern.slice(dir.length + 1).split('*');
  return readdirSync(join(root, dir))
    .filter((name) => name.startsWith(before) && name.endsWith(after))
    .map((name) => join(dir, name));
}

function timesOf(root, files) {
  return files.map((file) => {
    const info = statSync(join(root, file));
    return [file, info.size, info.mtimeMs];
  });
}

async function digestOf(root, files) {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha1');
  for (const file of files) hash.update(`${file}\n`).update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

function writeStamp(dir, stamp) {
  try {
    writeFileSync(join(dir, stampName), JSON.stringify(stamp));
  } catch {
    // A read-only checkout: the next start compares contents again.
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // Installed without devDependencies: the npm scripts run the sources through tsx instead.
  if (compilerPath() === null) process.exit(0);
  try {
    await compile();
  } catch (error) {
    process.stderr.write(`kiji: could not compile: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
