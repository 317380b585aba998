/**
 * Notices new, changed and removed article files (and synonyms.txt) under
 * the corpus folder and calls back once things settle: editors and `git
 * pull` write many files in bursts, so every event restarts a short timer
 * (debounce) and only its expiry triggers a reload. Hidden files and other
 * extensions (swap files, the index cache's temporaries) are ignored.
 * Watching is best effort: if the platform refuses, one warning, no crash.
 */
import { watch as fsWatch } from 'node:fs';
import { extname } from 'node:path';
import type { Logger } from '../../logger.ts';
import { articleExtensions } from '../../corpus/list-article-files.ts';

export interface Watcher {
  close(): void;
}

/** The part of fs.watch this module uses, so tests can drive it. */
export type WatchFn = (
  dir: string,
  options: { recursive: boolean },
  listener: (event: string, filename: string | null) => void,
) => { close(): void; on(event: 'error', listener: (error: Error) => void): unknown };

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface WatchCorpusOptions {
  onChange: () => void;
  logger: Logger;
  /** Quiet time after the last event before onChange (default 500 ms). */
  debounceMs?: number;
  watch?: WatchFn;
  timers?: Timers;
}

export const watchDefaults = { debounceMs: 500 };

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export function watchCorpus(dir: string, options: WatchCorpusOptions): Watcher {
  const timers = options.timers ?? realTimers;
  const debounceMs = options.debounceMs ?? watchDefaults.debounceMs;
  let pending: unknown = null;
  let closed = false;
  const settle = () => {
    pending = null;
    if (!closed) options.onChange();
  };
  const listener = (_event: string, filename: string | null) => {
    if (closed || !isRelevant(filename)) return;
    if (pending !== null) timers.clearTimeout(pending);
    pending = timers.setTimeout(settle, debounceMs);
  };
  let handle: ReturnType<WatchFn> | null = null;
  try {
    handle = (options.watch ?? (fsWatch as unknown as WatchFn))(dir, { recursive: true }, listener);
    handle.on('error', (error) => {
      options.logger.warn('stopped watching the corpus folder; reload by hand to pick up changes', { dir, error });
      handle?.close();
    });
  } catch (error) {
    options.logger.warn('cannot watch the corpus folder; reload by hand to pick up changes', { dir, error });
  }
  return {
    close() {
      closed = true;
      if (pending !== null) timers.clearTimeout(pending);
      pending = null;
      handle?.close();
    },
  };
}

/** Article files (synonyms.txt among them) and extension-less names (folders: a new year/month folder). */
export function isRelevant(filename: string | null): boolean {
  if (filename === null) return true;
  const parts = filename.split(/[\\/]/u).filter((part) => part !== '');
  if (parts.some((part) => part.startsWith('.'))) return false;
  const name = parts.at(-1) ?? '';
  const extension = extname(name).toLowerCase();
  return extension === '' || articleExtensions.has(extension);
}
