/**
 * Worker thread entry (see worker-pool.ts): loads its own kuromoji,
 * then analyses the files it is sent, with its own token table. Each reply
 * carries the tokens it saw first since the previous reply, so the main
 * thread can renumber them into the index's table; the packed analyses are
 * transferred, not copied.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ingestFilesInOrder } from './ingest-file.ts';
import { createAnalyzer } from '../analysis/analyzer.ts';
import { createTokenTable } from '../engine/token-table.ts';
import { loadTokenizer } from '../analysis/tokenizer.ts';
import type { IngestedFile } from './ingested-file.ts';

export type ToWorker = { paths: string[] } | { stop: true };
export type FromWorker = { ready: true } | { files: IngestedFile[]; newTokens: string[] } | { failed: string };

const port = parentPort;
if (!port) throw new Error('worker-thread.ts runs as a worker thread only');
const { corpusDir } = workerData as { corpusDir: string };

try {
  const analyzer = createAnalyzer(await loadTokenizer());
  const tokens = createTokenTable();
  let reported = 0;
  // Batches are handled one after another, in the order sent (the main thread keeps two queued).
  let queue = Promise.resolve();
  port.on('message', (message: ToWorker) => {
    if ('stop' in message) {
      void queue.then(() => port.close());
      return;
    }
    queue = queue.then(async () => {
      try {
        const files = await ingestFilesInOrder(corpusDir, message.paths, analyzer, tokens, () => {});
        const newTokens = tokens.all().slice(reported);
        reported = tokens.size;
        const reply: FromWorker = { files, newTokens };
        port.postMessage(reply, files.flatMap((file) => file.analyses.map((analysis) => analysis.buffer as ArrayBuffer)));
      } catch (error) {
        port.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies FromWorker);
      }
    });
  });
  port.postMessage({ ready: true } satisfies FromWorker);
} catch (error) {
  port.postMessage({ failed: `could not load the tokenizer (${error instanceof Error ? error.message : String(error)})` } satisfies FromWorker);
}
