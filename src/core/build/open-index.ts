/**
 * The index's lifecycle: open (from the cache when it matches, re-analysing
 * only files added or changed since), and refresh (the same, from the state
 * in memory). Either way the next state is built beside the previous one,
 * sealed into compact arrays, persisted, and returned; the caller swaps it in.
 * Whatever goes wrong with the cache costs a rebuild and one log line, never
 * an answer from stale data.
 */
import { noArticleFilesError, noReadableArticleError } from '../../corpus/corpus-errors.ts';
import type { Logger } from '../../logger.ts';
import { ingestBatch } from './ingest-batch.ts';
import type { Analyzer } from '../analysis/analyzer.ts';
import { cacheKey } from '../store/cache-key.ts';
import { createCompactIndex } from '../engine/compact-index.ts';
import { diffCorpus, hasChanges, listCorpus, type CorpusChanges, type CorpusListing } from './corpus-changes.ts';
import { cachePath, loadIndexCache, saveIndexCache } from '../store/index-cache.ts';
import { removeStaleTemporaries } from '../store/stale-temporaries.ts';
import { applyChanges, problemsOf, type SearchState } from './search-state.ts';

export interface OpenIndexOptions {
  corpusDir: string;
  /** Folder of the persisted index; null: build in memory only. */
  cacheDir: string | null;
  /** Tokenising threads for large batches. */
  threads: number;
  logger: Logger;
  /** The calling thread's analyzer, loaded on demand (small batches are analysed here). */
  analyzer: () => Promise<Analyzer>;
  onProgress?: (progress: IndexProgress) => void;
  now?: () => number;
}

export interface IndexProgress {
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
}

export interface IndexRun {
  state: SearchState;
  added: number;
  changed: number;
  removed: number;
  /** Files taken as they were (from the cache or the previous state). */
  unchanged: number;
  /** Characters of passage text analysed in this run. */
  analyzedChars: number;
  threads: number;
  seconds: number;
  cache: { loadedFrom: string | null; miss: string | null; loadSeconds: number | null; savedBytes: number | null };
}

export async function openIndex(options: OpenIndexOptions): Promise<IndexRun> {
  const started = performance.now();
  const path = options.cacheDir === null ? null : cachePath(options.cacheDir, options.corpusDir);
  // Reading the cache, digesting the indexing code for its key and listing the folder overlap:
  // the key's ~100 small reads took 0.3 s of wall time when the cache's read waited for them.
  const loadStarted = performance.now();
  const loading = path === null ? null : loadIndexCache(path, cacheKey()).then((loaded) => ({ loaded, seconds: (performance.now() - loadStarted) / 1000 }));
  // A writer killed mid-write left its temporary behind; it will never be renamed into place.
  if (options.cacheDir !== null) await removeStaleTemporaries(options.cacheDir, options.logger);
  const listing = await listCorpus(options.corpusDir, options.now);
  let previous: SearchState | null = null;
  let miss: string | null = path === null ? 'cache off' : null;
  let loadSeconds: number | null = null;
  if (path !== null && loading !== null) {
    const { loaded, seconds } = await loading;
    loadSeconds = seconds;
    if ('state' in loaded) previous = loaded.state;
    else {
      miss = loaded.miss;
      const line = `index cache not used: ${miss}; building the index`;
      if (miss === 'no cache yet') options.logger.info(line, { path });
      else options.logger.warn(line, { path });
    }
  }
  const run = await refresh(previous, listing, options, started);
  return { ...run, cache: { ...run.cache, loadedFrom: previous ? path : null, miss, loadSeconds } };
}

export async function refreshIndex(previous: SearchState, options: OpenIndexOptions): Promise<IndexRun> {
  const started = performance.now();
  return refresh(previous, await listCorpus(options.corpusDir, options.now), options, started);
}

async function refresh(previous: SearchState | null, listing: CorpusListing, options: OpenIndexOptions, started: number): Promise<IndexRun> {
  if (listing.files.size === 0) throw noArticleFilesError(options.corpusDir);
  const changes: CorpusChanges = previous
    ? await diffCorpus(options.corpusDir, listing, { files: new Map([...previous.files].map(([path, file]) => [path, file.fingerprint])), listedAt: previous.listedAt })
    : { added: [...listing.files.keys()], changed: [], removed: [], retimed: new Map() };
  const counts = { added: changes.added.length, changed: changes.changed.length, removed: changes.removed.length };
  const unchanged = listing.files.size - counts.added - counts.changed;
  const idle = { analyzedChars: 0, threads: 0, cache: { loadedFrom: null, miss: null, loadSeconds: null, savedBytes: null } };
  if (previous && !hasChanges(changes)) return { state: previous, ...counts, unchanged, ...idle, seconds: (performance.now() - started) / 1000 };

  const paths = [...changes.added, ...changes.changed].sort();
  const totalBytes = paths.reduce((sum, path) => sum + (listing.files.get(path)?.size ?? 0), 0);
  const progress = { files: 0, totalFiles: paths.length, bytes: 0, totalBytes };
  const index = previous ? previous.index.fork() : createCompactIndex();
  const phases = createPhaseClock();
  const { files, threads } = await ingestBatch({
    corpusDir: options.corpusDir,
    paths,
    bytes: totalBytes,
    threads: options.threads,
    tokens: index.tokens,
    analyzer: options.analyzer,
    logger: options.logger,
    onFile: (file) => {
      progress.files += 1;
      progress.bytes += Math.max(0, file.fingerprint.size);
      options.onProgress?.({ ...progress });
    },
  });
  phases.lap('analyse');
  const built = applyChanges(previous, index, { removed: changes.removed, analyzed: files, retimed: changes.retimed, listedAt: listing.listedAt });
  if (built.articles.length === 0) {
    throw noReadableArticleError(options.corpusDir, problemsOf(built));
  }
  // Sealing renumbers without holes and drops the growable copies; the cache stores the same arrays.
  phases.lap('apply');
  const snapshot = built.index.snapshot();
  const state: SearchState = { ...built, index: createCompactIndex(snapshot) };
  phases.lap('seal');

  let savedBytes: number | null = null;
  if (options.cacheDir !== null) {
    const path = cachePath(options.cacheDir, options.corpusDir);
    try {
      savedBytes = await saveIndexCache(path, options.corpusDir, await cacheKey(), state, snapshot);
    } catch (error) {
      options.logger.warn('could not write the index cache; answering from memory', { path, error });
    }
  }
  phases.lap('save');
  options.logger.debug('index phases (s)', phases.laps());
  const analyzedChars = files.reduce((sum, file) => sum + file.passages.reduce((chars, passage) => chars + passage.text.length, 0), 0);
  return {
    state,
    ...counts,
    unchanged,
    analyzedChars,
    threads,
    seconds: (performance.now() - started) / 1000,
    cache: { loadedFrom: null, miss: null, loadSeconds: null, savedBytes },
  };
}

/** Seconds spent in each phase, for the debug log (where a slow build spends its time). */
function createPhaseClock() {
  const laps: Record<string, number> = {};
  let last = performance.now();
  return {
    lap(name: string) {
      const now = performance.now();
      laps[name] = Math.round(now - last) / 1000;
      last = now;
    },
    laps: () => laps,
  };
}
