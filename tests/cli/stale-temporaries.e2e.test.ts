/**
 * kill -9 while the index cache is being written leaves the writer's
 * temporary file behind (it is renamed into place only when complete). The
 * next start removes those of writers that are gone, and only those: before
 * the fix they stayed forever, 135 MB each at 10,000 articles.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { cachePath } from '../../src/core/store/index-cache.ts';
import { temporaryPath } from '../../src/core/store/stale-temporaries.ts';
import { projectRoot, startProcess } from '../support/bot-process.ts';

let root: string | null = null;
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = null;
});

/** A writer that opens its temporary exactly as writeSectionFile names it, says so, and hangs until killed. */
async function writerKilledMidWrite(cache: string): Promise<string> {
  const script = `
    import { open } from 'node:fs/promises';
    import { temporaryPath } from './src/core/store/stale-temporaries.ts';
    const path = temporaryPath(${JSON.stringify(cache)});
    const file = await open(path, 'w');
    await file.write(Buffer.alloc(64 * 1024));
    process.stdout.write(path + '\\n');
    setInterval(() => {}, 1000);
  `;
  const writer = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = (await once(writer.stdout, 'data')) as [Buffer];
  writer.kill('SIGKILL');
  await once(writer, 'exit');
  return chunk.toString().trim();
}

it('npm run index removes the temporary of a writer killed with -9, and keeps a live writer\'s', async () => {
  root = await mkdtemp(join(tmpdir(), 'kiji-stale-'));
  const corpusDir = join(root, 'corpus');
  const cacheDir = join(root, 'cache');
  await mkdir(corpusDir);
  await mkdir(cacheDir);
  await writeFile(join(corpusDir, 'short.txt'), '短い記事\n東京で会議が開かれました。\n');
  const cache = cachePath(cacheDir, corpusDir);
  const dead = await writerKilledMidWrite(cache);
  // This test process is alive: its temporary must survive, as another kiji's write in progress would.
  const live = temporaryPath(cache);
  await writeFile(live, 'writing');
  expect((await readdir(cacheDir)).sort()).toEqual([dead, live].map((path) => path.slice(cacheDir.length + 1)).sort());

  const index = startProcess('src/adapters/cli/index-main.ts', { KIJI_LOG_LEVEL: 'info' }, { args: ['--corpus', corpusDir, '--cache', cacheDir] });
  expect(await index.exited).toBe(0);
  const left = await readdir(cacheDir);
  expect(left).not.toContain(dead.slice(cacheDir.length + 1));
  expect(left).toContain(live.slice(cacheDir.length + 1));
  expect(left).toContain(cache.slice(cacheDir.length + 1));
  expect(index.stderr).toContain('removed temporary index files left by writers that died');
});
