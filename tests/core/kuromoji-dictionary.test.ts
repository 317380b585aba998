/**
 * The unpacked kuromoji dictionary is the same dictionary: a tokenizer built
 * from it tokenises exactly as one built from kuromoji's gzipped files; a
 * damaged or incomplete copy is refused (and the caller falls back).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import kuromoji from 'kuromoji';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFromUnpacked, gzippedDictionary, unpackDictionary } from '../../src/core/analysis/kuromoji-dictionary.ts';
import { bundledCorpusDir } from '../../src/config.ts';
import { readSentencePool, syntheticArticle } from '../../scripts/bench/synthetic-corpus.ts';
import { targetMapOf } from '../../src/core/analysis/kuromoji-target-map.ts';

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

  it('reads the target map in place as the entries kuromoji would build, key by key', async () => {
    const TokenInfoDictionary = createRequire(import.meta.url)('kuromoji/src/dict/TokenInfoDictionary.js') as new () => { loadTargetMap(bytes: Uint8Array): { target_map: Record<number, number[]> } };
    const bytes = await readFile(join(dir, 'tid_map.dat'));
    const built = new TokenInfoDictionary().loadTargetMap(new Uint8Array(bytes)).target_map;
    const read = targetMapOf(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer);
    const keys = Object.keys(built).map(Number);
    expect(keys.length).toBeGreaterThan(300_000);
    const differing: number[] = [];
    const last = keys.reduce((max, key) => Math.max(max, key), 0) + 1;
    for (let key = -1; key <= last; key += 1) {
      const entries = read[key];
      if (JSON.stringify(entries === undefined ? undefined : Array.from(entries)) !== JSON.stringify(built[key])) differing.push(key);
    }
    expect(differing).toEqual([]);
  });

  it('refuses a target map that repeats a key (kuromoji would merge them)', () => {
    expect(() => targetMapOf(Int32Array.of(2, 7, 1, 100, 7, 1, 101).buffer)).toThrow(/repeats key 7/);
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
