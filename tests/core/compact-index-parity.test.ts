/**
 * The compact index must rank exactly as the minisearch index did: same
 * hits, same order, same scores to the bit, same document frequencies and
 * analyses, after a fresh build, after removals and re-adds, and after a
 * round trip through a snapshot. minisearch is the executable spec here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePassages } from '../../src/core/analysis/analyze-passages.ts';
import { createAnalyzer, type Analyzer } from '../../src/core/analysis/analyzer.ts';
import { createCompactIndex, type CompactIndex } from '../../src/core/engine/compact-index.ts';
import { createMiniSearchIndex, type MiniSearchPassageIndex } from '../support/minisearch-index.ts';
import { packAnalysis } from '../../src/core/engine/packed-analysis.ts';
import type { AnalyzedPassage, IndexQuery } from '../../src/core/engine/passage-index.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { bundledCorpusDir } from '../../src/config.ts';
import { parseArticle } from '../../src/corpus/parse-article.ts';
import { toPassages } from '../../src/corpus/to-passages.ts';
import { readSentencePool, syntheticArticle } from '../../scripts/bench/synthetic-corpus.ts';

let analyzer: Analyzer;
let articles: AnalyzedPassage[][];
let queries: IndexQuery[];

beforeAll(async () => {
  analyzer = createAnalyzer(await loadTokenizer());
  const pool = await readSentencePool(bundledCorpusDir);
  const generated = Array.from({ length: 80 }, (_, i) => syntheticArticle(pool, i));
  articles = generated.map(({ path, text }) => {
    const article = parseArticle(text, path);
    return analyzePassages(article, toPassages(article), analyzer);
  });
  // Questions made of the corpus' own sentences (plus words it never uses), cut at varying lengths.
  const asked = generated.flatMap(({ sentences }, i) => sentences.slice(0, 2).map((sentence, j) => `${sentence.slice(0, 12 + ((i * 7 + j * 5) % 40))}は何ですか`));
  asked.push('北朝鮮の外相は誰ですか', 'ASEAN', 'What did the G20 say?', '2019年');
  queries = asked.map((question) => toQuery(analyzer.analyze(question)));
});

/**
 * Tokens weighted as a ranker would (some at synonym weight), a repeated one included: minisearch counts it twice.
 * Some weigh 0: a passage such a token alone meets scores 0 but is still met (the search loop tells a passage met by
 * how many tokens it holds, not by its sum).
 */
function toQuery(analysis: { terms: string[]; bigrams: string[] }): IndexQuery {
  const weigh = (tokens: string[]) => [...new Set(tokens)].map((token, i) => ({ token, weight: i % 4 === 3 ? 0.6 : i % 9 === 7 ? 0 : 1 }));
  const terms = weigh(analysis.terms);
  if (terms[0]) terms.push({ token: terms[0].token, weight: 0.6 });
  return { terms, bigrams: weigh(analysis.bigrams) };
}

/** `searchOnly`: the hits alone (what the search loop's blocks can change; counts and analyses are checked once). */
function expectSameAnswers(reference: MiniSearchPassageIndex, compact: CompactIndex, searchOnly = false) {
  expect(compact.passageCount).toBe(reference.passageCount);
  for (const query of queries) {
    for (const limit of [60, 7]) expect(compact.search(query, limit)).toEqual(reference.search(query, limit));
    if (searchOnly) continue;
    for (const { token } of query.terms) expect(compact.documentFrequency('term', token)).toBe(reference.documentFrequency('term', token));
    for (const { token } of query.bigrams) expect(compact.documentFrequency('bigram', token)).toBe(reference.documentFrequency('bigram', token));
  }
  if (searchOnly) return;
  const misnumbered: string[] = [];
  for (const passage of articles.flat()) expect(withoutNumbers(compact.analysisOf(passage.id), compact, misnumbered)).toEqual(reference.analysisOf(passage.id));
  expect(misnumbered).toEqual([]);
}

/** The analysis as strings (minisearch has no numbers), noting tokens whose number beside them is not the table's. */
function withoutNumbers(analysis: AnalyzedPassage | undefined, compact: CompactIndex, misnumbered: string[]): AnalyzedPassage | undefined {
  if (!analysis) return analysis;
  const sentences = analysis.sentences.map(({ termIds, bigramIds, ...sentence }) => {
    const check = (tokens: string[], numbers: Int32Array | undefined) => {
      if (numbers?.length !== tokens.length) misnumbered.push(`${analysis.id}: ${numbers?.length} numbers for ${tokens.length} tokens`);
      tokens.forEach((token, i) => numbers?.[i] !== compact.tokenNumber(token) && misnumbered.push(`${analysis.id}: ${token}`));
    };
    check(sentence.terms, termIds);
    check(sentence.bigrams, bigramIds);
    return sentence;
  });
  return { ...analysis, sentences };
}

// The exhaustive loop walks documents in blocks (4,096 by default, more than these corpora hold): small blocks here.
describe.each([
  { label: 'one block', options: {}, searchOnly: false },
  { label: 'blocks of 16 documents', options: { searchBlock: 16 }, searchOnly: true },
])('compact index against minisearch ($label)', ({ options, searchOnly }) => {
  it('ranks a fresh build identically', () => {
    const reference = createMiniSearchIndex();
    const compact = createCompactIndex(undefined, options);
    for (const passages of articles) {
      reference.add(passages);
      compact.add(passages);
    }
    expectSameAnswers(reference, compact, searchOnly);
  });

  it('ranks identically after removals and re-adds (minisearch vacuumed), and after a snapshot round trip', async () => {
    const reference = createMiniSearchIndex();
    let compact = createCompactIndex(undefined, options);
    for (const passages of articles) {
      reference.add(passages);
      compact.add(passages);
    }
    const removed = articles.filter((_, i) => i % 3 === 0).flat().map((passage) => passage.id);
    reference.remove(removed);
    await reference.vacuum();
    compact = compact.fork();
    compact.remove(removed);
    expectSameAnswers(reference, compact, searchOnly);

    const readded = articles.filter((_, i) => i % 6 === 0).flat();
    reference.add(readded);
    compact.add(readded);
    expectSameAnswers(reference, compact, searchOnly);

    expectSameAnswers(reference, createCompactIndex(compact.snapshot(), options), searchOnly);
  });

  it('builds in bulk the same index as one passage at a time', () => {
    const reference = createMiniSearchIndex();
    const oneByOne = createCompactIndex();
    for (const passages of articles) {
      reference.add(passages);
      oneByOne.add(passages);
    }
    const bulk = createCompactIndex();
    const packed = articles.flat().map((passage) => ({ id: passage.id, analysis: packAnalysis(passage, bulk.tokens) }));
    bulk.addPackedMany(packed);
    expect(bulk.snapshot()).toEqual(oneByOne.snapshot());
    expectSameAnswers(reference, bulk, searchOnly);
    expect(() => createCompactIndex().addPackedMany([...packed, packed[0] as (typeof packed)[number]])).toThrow(/already indexed/);
  });

  it('leaves a forked version untouched and refuses to change it', () => {
    const original = createCompactIndex();
    for (const passages of articles.slice(0, 20)) original.add(passages);
    const query = queries[0] as IndexQuery;
    const before = original.search(query, 60);
    const fork = original.fork();
    fork.remove(articles.slice(0, 10).flat().map((passage) => passage.id));
    fork.add(articles.slice(20, 30).flat());
    expect(original.search(query, 60)).toEqual(before);
    expect(original.passageCount).toBe(articles.slice(0, 20).flat().length);
    expect(() => original.add(articles.slice(40, 41).flat())).toThrow(/forked/);
  });
});
