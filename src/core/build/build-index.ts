/**
 * Builds or refreshes the persisted index ahead of time (`npm run index`,
 * a deploy step for the read-only snapshot replicas share), without
 * starting a bot: kuromoji is loaded on this thread only if the work is
 * small enough to stay here; large batches go to worker threads.
 */
import { availableParallelism } from 'node:os';
import { stat } from 'node:fs/promises';
import type { Logger } from '../../logger.ts';
import { createAnalyzer, type Analyzer } from '../analysis/analyzer.ts';
import { openIndex, type IndexProgress } from './open-index.ts';
import { cachePath } from '../store/index-cache.ts';
import { problemsOf } from './search-state.ts';
import { loadTokenizer } from '../analysis/tokenizer.ts';

export interface BuildIndexOptions {
  corpusDir: string;
  cacheDir: string;
  logger: Logger;
  /** Default: every core. */
  threads?: number;
  onProgress?: (progress: IndexProgress) => void;
}

export interface BuildIndexReport {
  articles: number;
  passages: number;
  /** Characters of passage text in the whole index. */
  characters: number;
  seconds: number;
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** Characters analysed in this run, and on how many threads. */
  analyzedCharacters: number;
  threads: number;
  /** Files skipped, each message naming the file. */
  problems: string[];
  cachePath: string;
  cacheBytes: number;
  /** Why the existing cache could not be used (null: it was used, or refreshed). */
  rebuiltBecause: string | null;
}

export async function buildIndex(options: BuildIndexOptions): Promise<BuildIndexReport> {
  let analyzer: Promise<Analyzer> | undefined;
  const run = await openIndex({
    corpusDir: options.corpusDir,
    cacheDir: options.cacheDir,
    threads: options.threads ?? availableParallelism(),
    logger: options.logger,
    analyzer: () => (analyzer ??= loadTokenizer().then(createAnalyzer)),
    onProgress: options.onProgress,
  });
  const path = cachePath(options.cacheDir, options.corpusDir);
  let characters = 0;
  for (const { passage } of run.state.sources.values()) characters += passage.text.length;
  return {
    articles: run.state.articles.length,
    passages: run.state.index.passageCount,
    characters,
    seconds: run.seconds,
    added: run.added,
    changed: run.changed,
    removed: run.removed,
    unchanged: run.unchanged,
    analyzedCharacters: run.analyzedChars,
    threads: run.threads,
    problems: problemsOf(run.state),
    cachePath: path,
    cacheBytes: run.cache.savedBytes ?? (await stat(path).then((info) => info.size).catch(() => 0)),
    rebuiltBecause: run.cache.loadedFrom === null && run.cache.miss !== 'no cache yet' ? run.cache.miss : null,
  };
}
