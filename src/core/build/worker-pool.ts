/**
 * Tokenising on several cores: worker threads, each with its own kuromoji
 * (~1 s and ~300 MB to load, so only worth it for large batches; see
 * ingest-batch.ts). Files are handed out a few at a time to whichever
 * worker is free; results come back with worker-numbered tokens, which are
 * renumbered into the index's token table here.
 *
 * Compiled (dist/), a worker runs worker-thread.js; from the sources, tsx's
 * loader is registered inside each one (loader hooks are not inherited by
 * worker threads), which costs each worker ~40 MB.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IngestedFile } from './ingested-file.ts';
import type { FromWorker, ToWorker } from './worker-thread.ts';
import { repack } from '../engine/packed-analysis.ts';
import type { TokenTable } from '../engine/token-table.ts';
import { compiled } from '../../project-root.ts';

/** Files per message: small enough to balance the load, large enough to keep messages few. */
const chunkSize = 8;

export interface WorkerBatch {
  corpusDir: string;
  paths: readonly string[];
  workers: number;
  /** The index's table: results come back numbered by it. */
  tokens: TokenTable;
  onFile?: (file: IngestedFile) => void;
}

export async function ingestInWorkers(options: WorkerBatch): Promise<IngestedFile[]> {
  const results = new Map<string, IngestedFile>();
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(options.workers, options.paths.length)) }, () => startWorker(options.corpusDir));
  try {
    await new Promise<void>((resolve, reject) => {
      let running = workers.length;
      workers.forEach((worker) => {
        const renumber: number[] = [];
        let queued = 0;
        let stopped = false;
        const handOut = () => {
          if (stopped) return;
          if (next >= options.paths.length) {
            if (queued > 0) return;
            stopped = true;
            worker.postMessage({ stop: true } satisfies ToWorker);
            running -= 1;
            if (running === 0) resolve();
            return;
          }
          const paths = options.paths.slice(next, next + chunkSize);
          next += paths.length;
          queued += 1;
          worker.postMessage({ paths } satisfies ToWorker);
        };
        worker.on('message', (message: FromWorker) => {
          if ('failed' in message) {
            reject(new Error(`analysis worker failed: ${message.failed}`));
          } else if ('ready' in message) {
            // Two batches queued, so the worker never waits for the next one to arrive.
            handOut();
            handOut();
          } else {
            queued -= 1;
            for (const token of message.newTokens) renumber.push(options.tokens.intern(token));
            for (const file of message.files) {
              const analyzed = { ...file, analyses: file.analyses.map((bytes) => repack(bytes, (id) => renumber[id] as number)) };
              results.set(file.path, analyzed);
              options.onFile?.(analyzed);
            }
            handOut();
          }
        });
        worker.on('error', (error) => reject(new Error(`analysis worker crashed: ${error.message}`, { cause: error })));
        worker.on('exit', (code) => {
          if (code !== 0) reject(new Error(`analysis worker exited with code ${code}`));
        });
      });
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return options.paths.map((path) => {
    const file = results.get(path);
    if (!file) throw new Error(`no analysis came back for ${path}`);
    return file;
  });
}

function startWorker(corpusDir: string): Worker {
  if (compiled) return new Worker(new URL('./worker-thread.js', import.meta.url), { workerData: { corpusDir } });
  const tsxApi = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const entry = new URL('./worker-thread.ts', import.meta.url).href;
  const bootstrap = `import { register } from ${JSON.stringify(tsxApi)};\nregister();\nawait import(${JSON.stringify(entry)});\n`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData: { corpusDir } });
}
