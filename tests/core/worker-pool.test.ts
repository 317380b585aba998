/**
 * Worker threads analyse exactly as the main thread does: same fingerprints,
 * passages and analyses (after renumbering into the index's token table),
 * whichever worker took which file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFilesInOrder } from '../../src/core/build/ingest-file.ts';
import { workerCount } from '../../src/core/build/ingest-batch.ts';
import { ingestInWorkers } from '../../src/core/build/worker-pool.ts';
import type { IngestedFile } from '../../src/core/build/ingested-file.ts';
import { createAnalyzer } from '../../src/core/analysis/analyzer.ts';
import { unpackAnalysis } from '../../src/core/engine/packed-analysis.ts';
import { createTokenTable, type TokenTable } from '../../src/core/engine/token-table.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { listArticleFiles } from '../../src/corpus/list-article-files.ts';
import { bundledCorpusDir, createTempCorpus, type TempCorpus } from '../support/temp-corpus.ts';

let corpus: TempCorpus;
beforeAll(async () => {
  corpus = await createTempCorpus({ copy: bundledCorpusDir, synthetic: 10 });
  await corpus.write('broken.txt', 'title only');
});
afterAll(async () => corpus.dispose());

/** As token strings: the two tables number tokens differently (unpacked analyses also carry the numbers). */
function readable(files: IngestedFile[], tokens: TokenTable) {
  return files.map((file) => ({
    ...file,
    analyses: file.analyses.map((bytes, i) => {
      const analysis = unpackAnalysis(`${file.path}#${i}`, bytes, tokens);
      return { ...analysis, sentences: analysis.sentences.map(({ terms, bigrams, tags }) => ({ terms, bigrams, tags })) };
    }),
  }));
}

describe('analysis in worker threads', () => {
  it('gives the same files, passages and analyses as the main thread', async () => {
    const paths = await listArticleFiles(corpus.dir);
    const analyzer = createAnalyzer(await loadTokenizer());
    const mainTokens = createTokenTable();
    const onMain = await ingestFilesInOrder(corpus.dir, paths, analyzer, mainTokens, () => {});

    const workerTokens = createTokenTable(['already', 'known']);
    const seen: string[] = [];
    const inWorkers = await ingestInWorkers({ corpusDir: corpus.dir, paths, workers: 2, tokens: workerTokens, onFile: (file) => seen.push(file.path) });

    expect(readable(inWorkers, workerTokens)).toEqual(readable(onMain, mainTokens));
    expect(seen.sort()).toEqual([...paths].sort());
    expect(inWorkers.find((file) => file.path === 'broken.txt')?.problem).toMatch(/broken\.txt/);
  });

  it('stays on the calling thread for small batches or one thread', () => {
    expect(workerCount(100_000, 8, 50)).toBe(0);
    expect(workerCount(50 * 1024 * 1024, 1, 10_000)).toBe(0);
    expect(workerCount(50 * 1024 * 1024, 2, 10_000)).toBe(2);
    expect(workerCount(3 * 1024 * 1024, 8, 10_000)).toBe(3);
  });
});
