/**
 * The unpacked kuromoji dictionary is the same dictionary: a tokenizer built
 * from it tokenises exactly as one built from kuromoji's gzipped files; a
 * damaged or incomplete copy is refused (and the caller falls back).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kuromoji from 'kuromoji';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFromUnpacked, gzippedDictionary, unpackDictionary } from '../../src/core/analysis/kuromoji-dictionary.ts';
import { bundledCorpusDir } from '../../src/config.ts';
import { readSentencePool, syntheticArticle } from '../../scripts/bench/synthetic-corpus.ts';

type Tokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiji-dict-'));
  await unpackDictionary(dir);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('unpacked kuromoji dictionary', () => {
  it('tokenises exactly as the gzipped one', async () => {
    const unpacked = (await buildFromUnpacked(dir)) as Tokenizer;
    const gzipped = await new Promise<Tokenizer>((resolve, reject) => kuromoji.builder({ dicPath: gzippedDictionary }).build((error, built) => (error ? reject(error) : resolve(built))));
    const pool = await readSentencePool(bundledCorpusDir);
    const texts = [...pool.titles, ...pool.headings, ...pool.sentences, ...pool.bullets, ...Array.from({ length: 30 }, (_, i) => syntheticArticle(pool, i).text), 'ＡＳＥＡＮ、ｇ２０とＮＰＴ。ﾊﾝｶｸ 𠮷野家 😀'];
    for (const text of texts) expect(unpacked.tokenize(text)).toEqual(gzipped.tokenize(text));
  });

  it('refuses a damaged file or a missing manifest', async () => {
    const file = join(dir, 'cc.dat');
    const original = await readFile(file);
    const damaged = Buffer.from(original);
    damaged[1000] = (damaged[1000] ?? 0) ^ 1;
    await writeFile(file, damaged);
    await expect(buildFromUnpacked(dir)).rejects.toThrow(/cc\.dat is damaged/);
    await writeFile(file, original);
    await rm(join(dir, 'manifest.json'));
    await expect(buildFromUnpacked(dir)).rejects.toThrow(/ENOENT/);
  });
});
