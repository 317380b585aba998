/**
 * The linear lattice builder makes the lattice kuromoji's own builder makes,
 * node for node, and the tokenizer using it gives the same tokens, over the
 * bundled, neighbour and JSQuAD sample articles, synthetic bench articles,
 * and strings at the edges (surrogate pairs, lone surrogates, half-width and
 * Latin runs, the empty string); where kuromoji fails (a broken surrogate
 * pair, a NUL), so does it.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import kuromoji from 'kuromoji';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFromUnpacked, gzippedDictionary, unpackDictionary } from '../../src/core/analysis/kuromoji-dictionary.ts';
import { installLinearLattice, linearLattice, type ViterbiBuilder } from '../../src/core/analysis/kuromoji-lattice.ts';
import { bundledCorpusDir } from '../../src/config.ts';
import { readSentencePool, syntheticArticle } from '../../scripts/bench/synthetic-corpus.ts';

type Tokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures> & { viterbi_builder: ViterbiBuilder };
const load = () => new Promise<Tokenizer>((resolve, reject) => kuromoji.builder({ dicPath: gzippedDictionary }).build((error, built) => (error ? reject(error) : resolve(built as Tokenizer))));
const { splitByPunctuation } = createRequire(import.meta.url)('kuromoji/src/Tokenizer.js') as { splitByPunctuation(text: string): string[] };

const edges = [
  '',
  'ＡＳＥＡＮ、ｇ２０とＮＰＴ。ﾊﾝｶｸ 𠮷野家 😀😀😀 と 𠮷𠮷',
  'ラブロフ外相とワン・イー外相はクアラルンプールで会談した',
  'アアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアアア',
  'abcdefghijklmnopqrstuvwxyz ABC123 456,789 3.14 ｱｲｳｴｵｶｷｸｹｺ',
  'lone low \uDC00 here と \uDFFF 末尾',
  '一二三四五六七八九十百千万億兆',
  '「恥を知れ！（Shame on a man like Mahler!）」と怒ったのは誰？',
];

let tokenizer: Tokenizer;
/** Built from the unpacked copy, its target map read in place (and looked up by number here). */
let unpacked: Tokenizer;
let texts: string[];
let dir: string;
beforeAll(async () => {
  tokenizer = await load();
  dir = await mkdtemp(join(tmpdir(), 'kiji-lattice-'));
  await unpackDictionary(dir);
  unpacked = (await buildFromUnpacked(dir)) as Tokenizer;
  const pool = await readSentencePool(bundledCorpusDir);
  const folders = [bundledCorpusDir, ...['neighbour-corpus', 'blind-corpus', 'blind2-corpus', 'jsquad-sample'].map((name) => join(import.meta.dirname, '..', 'fixtures', name))];
  const files: string[] = [];
  for (const folder of folders) {
    for (const name of await readdir(folder, { recursive: true })) if (name.endsWith('.txt') || name.endsWith('.md')) files.push(await readFile(join(folder, name), 'utf8'));
  }
  texts = [...files, ...Array.from({ length: 20 }, (_, i) => syntheticArticle(pool, i).text), ...edges];
});

afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('linear kuromoji lattice', () => {
  it('builds the lattice kuromoji builds, sentence by sentence', () => {
    const builder = tokenizer.viterbi_builder;
    let sentences = 0;
    for (const text of texts) {
      for (const sentence of splitByPunctuation(text)) {
        const expected = builder.build(sentence);
        expect(linearLattice(builder, sentence)).toStrictEqual(expected);
        expect(linearLattice(unpacked.viterbi_builder, sentence)).toStrictEqual(expected);
        sentences += 1;
      }
    }
    expect(sentences).toBeGreaterThan(1000);
  });

  it('leaves a broken surrogate pair to kuromoji, which fails on it as before', () => {
    expect(linearLattice(tokenizer.viterbi_builder, 'high \uD800 alone')).toBeNull();
    expect(linearLattice(tokenizer.viterbi_builder, 'at the end \uDBFF')).toBeNull();
    expect(() => tokenizer.viterbi_builder.build('high \uD800 alone')).toThrow();
  });

  it('fails where kuromoji fails on a NUL (its trie reads it as the end of a key)', () => {
    expect(() => tokenizer.viterbi_builder.build('nul \u0000 の中')).toThrow(TypeError);
    expect(() => linearLattice(tokenizer.viterbi_builder, 'nul \u0000 の中')).toThrow(TypeError);
  });

  it('gives the same tokens once installed', async () => {
    const installed = await load();
    installLinearLattice(installed.viterbi_builder);
    for (const text of texts) expect(installed.tokenize(text)).toStrictEqual(tokenizer.tokenize(text));
  });
});
