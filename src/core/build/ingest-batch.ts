/**
 * Analyses a batch of article files, choosing where: on the calling thread
 * for small batches (a worker costs ~1 s and ~300 MB for its own kuromoji,
 * more than two bundled articles take to analyse), otherwise in worker
 * threads, one per core asked for. On the calling thread it yields between
 * files, so a running bot keeps answering during a small reload.
 */
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Logger } from '../../logger.ts';
import { ingestFilesInOrder } from './ingest-file.ts';
import { ingestInWorkers } from './worker-pool.ts';
import type { IngestedFile } from './ingested-file.ts';
import type { Analyzer } from '../analysis/analyzer.ts';
import type { TokenTable } from '../engine/token-table.ts';

export const batchDefaults = {
  /** Below this many bytes of article files, workers cost more than they save (~2 s of one-thread work here). */
  inProcessMaxBytes: 2 * 1024 * 1024,
  /** Each worker should get at least this much, or its start-up is not paid back. */
  minBytesPerWorker: 1024 * 1024,
};

export interface FileBatch {
  corpusDir: string;
  paths: readonly string[];
  /** Total size of the files (from the listing), to choose where to work. */
  bytes: number;
  threads: number;
  tokens: TokenTable;
  /** The calling thread's analyzer, loaded only if the work stays here. */
  analyzer: () => Promise<Analyzer>;
  logger: Logger;
  onFile?: (file: IngestedFile) => void;
}

export interface BatchResult {
  files: IngestedFile[];
  threads: number;
}

export async function ingestBatch(batch: FileBatch): Promise<BatchResult> {
  if (batch.paths.length === 0) return { files: [], threads: 0 };
  const workers = workerCount(batch.bytes, batch.threads, batch.paths.length);
  if (workers > 0) {
    try {
      return { files: await ingestInWorkers({ ...batch, workers }), threads: workers };
    } catch (error) {
      // Workers can be unavailable (a sandbox, a bundler); one thread is slower, not wrong.
      batch.logger.warn('worker threads failed, analysing on one thread instead', { error });
    }
  }
  const analyzer = await batch.analyzer();
  const files = await ingestFilesInOrder(batch.corpusDir, batch.paths, analyzer, batch.tokens, async (file) => {
    batch.onFile?.(file);
    await yieldToEventLoop();
  });
  return { files, threads: 1 };
}

/** 0: stay on this thread. */
export function workerCount(bytes: number, threads: number, files: number): number {
  if (threads <= 1 || bytes < batchDefaults.inProcessMaxBytes) return 0;
  return Math.max(1, Math.min(threads, files, Math.floor(bytes / batchDefaults.minBytesPerWorker)));
}
