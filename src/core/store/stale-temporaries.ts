/**
 * Temporary index files left by writers that died mid-write (kill -9, a
 * crash, the machine losing power): writeSectionFile names each
 * `<cache>.<host>.<pid>.<ms>.tmp` and renames it into place when done, so a
 * temporary whose writer is gone is garbage — 135 MB of it at 10,000
 * articles, per crash. At start-up, those of this host whose process no
 * longer exists are removed. A live pid's file is left alone (another kiji
 * writing now, or a reused pid: it will be removed at a later start), and so
 * is another host's, on a shared cache folder, since its pid means nothing
 * here.
 */
import { readdir, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../../logger.ts';

const temporaryName = /^.+\.kiji\.(?:(.+)\.)?(\d+)\.(\d+)\.tmp$/;

/** The name writeSectionFile writes to before renaming onto `path`. */
export function temporaryPath(path: string, now: number = Date.now()): string {
  return `${path}.${hostname()}.${process.pid}.${now}.tmp`;
}

/** Whether a process with this id exists (EPERM: it does, under another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the dead writers' temporaries in `cacheDir`; returns the names removed. Never throws. */
export async function removeStaleTemporaries(cacheDir: string, logger: Logger, alive: (pid: number) => boolean = processAlive): Promise<string[]> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const match = temporaryName.exec(name);
    if (!match) continue;
    const [, host, pid] = match;
    // Names from before the host was recorded are this host's: the cache folder was never shared then.
    if ((host !== undefined && host !== hostname()) || Number(pid) === process.pid || alive(Number(pid))) continue;
    try {
      await rm(join(cacheDir, name), { force: true });
      removed.push(name);
    } catch (error) {
      logger.warn('could not remove a stale temporary index file', { file: join(cacheDir, name), error });
    }
  }
  if (removed.length > 0) logger.info('removed temporary index files left by writers that died', { cacheDir, files: removed.length });
  return removed;
}
