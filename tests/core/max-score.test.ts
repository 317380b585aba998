/**
 * MaxScore must return exactly what the exhaustive loop returns: the same
 * passages, in the same order, with the same scores to the bit, for any
 * corpus, query and k. Random corpora with a skewed vocabulary (long lists
 * of common tokens, short ones of rare tokens), repeated tokens, duplicated
 * passages (equal scores, where order alone decides), and queries with
 * repeated, weighted and unknown tokens; then the same after a fork changed
 * lists and averages (stored bounds scaled, changed lists' bounds computed)
 * and after a snapshot round trip.
 */
import { describe, expect, it } from 'vitest';
import { createCompactIndex, type CompactIndex } from '../../src/core/engine/compact-index.ts';
import { gallop, kthLargest } from '../../src/core/engine/max-score.ts';
import { fieldNorms, listBound, scaledBound } from '../../src/core/engine/term-bounds.ts';
import { packAnalysis } from '../../src/core/engine/packed-analysis.ts';
import type { AnalyzedPassage, IndexQuery, WeightedToken } from '../../src/core/engine/passage-index.ts';
import { createRandom, type Random } from '../../scripts/bench/random.ts';

const limits = [1, 2, 3, 7, 20, 40, 60];

function skewed(random: Random, size: number): number {
  // Roughly Zipf: small numbers are far more likely.
  return Math.min(size - 1, Math.floor(size ** random.next()) - 1 + (random.next() < 0.2 ? random.int(0, size - 1) : 0)) % size;
}

function randomCorpus(random: Random, articles: number, vocabulary: number): AnalyzedPassage[] {
  const word = (i: number) => `w${i}`;
  const gram = (i: number) => `g${i}`;
  const tokens = (prefix: (i: number) => string, count: number) => Array.from({ length: count }, () => prefix(skewed(random, vocabulary)));
  const passages: AnalyzedPassage[] = [];
  for (let a = 0; a < articles; a += 1) {
    const title = tokens(word, random.int(1, 5));
    const count = random.int(1, 8);
    let previous: AnalyzedPassage | undefined;
    for (let p = 0; p < count; p += 1) {
      const id = `a${a}#${p}`;
      if (previous && random.next() < 0.15) {
        // A near-duplicate: the same analysis under another id, as recombined news produces.
        passages.push({ ...previous, id });
        continue;
      }
      const sentences = Array.from({ length: random.int(1, 4) }, () => ({
        terms: tokens(word, random.int(0, 12)),
        bigrams: tokens(gram, random.int(0, 20)),
        tags: random.next() < 0.1 ? ['place:x'] : [],
      }));
      previous = { id, title, heading: random.next() < 0.5 ? tokens(word, random.int(1, 3)) : [], sentences };
      passages.push(previous);
    }
  }
  return passages;
}

function randomQuery(random: Random, vocabulary: number): IndexQuery {
  const weight = () => random.pick([1, 1, 1, 0.3, 0.75, random.next() * 2 + 0.01]);
  const pick = (prefix: string, count: number): WeightedToken[] => {
    const tokens: WeightedToken[] = [];
    for (let i = 0; i < count; i += 1) {
      const roll = random.next();
      const token = roll < 0.05 ? `${prefix}unknown${i}` : roll < 0.08 && tokens[0] ? tokens[0].token : `${prefix}${random.next() < 0.5 ? skewed(random, vocabulary) : random.int(0, vocabulary - 1)}`;
      tokens.push({ token: roll > 0.98 ? `${token}\n${prefix}${random.int(0, 5)}` : token, weight: weight() });
    }
    return tokens;
  };
  return { terms: pick('w', random.int(1, 10)), bigrams: pick('g', random.int(1, 24)) };
}

function expectPrunedEqualsExhaustive(index: CompactIndex, random: Random, vocabulary: number, queries: number) {
  for (let q = 0; q < queries; q += 1) {
    const query = randomQuery(random, vocabulary);
    for (const limit of limits) {
      const exhaustive = index.search(query, limit, 'exhaustive');
      // JSON keeps every double's exact value (shortest round-trip form); the deep diff only on a mismatch.
      const want = JSON.stringify(exhaustive);
      for (const mode of ['pruned', 'auto'] as const) {
        const got = index.search(query, limit, mode);
        if (JSON.stringify(got) !== want) expect({ query, limit, mode, got }).toEqual({ query, limit, mode, got: exhaustive });
      }
    }
  }
}

describe('MaxScore against the exhaustive loop', () => {
  it('returns the same top k, scores to the bit, over random corpora and queries', () => {
    for (let seed = 1; seed <= 6; seed += 1) {
      const random = createRandom(seed * 7919);
      const vocabulary = random.int(30, 400);
      const index = createCompactIndex();
      const passages = randomCorpus(random, random.int(50, 400), vocabulary);
      index.addPackedMany(passages.map((passage) => ({ id: passage.id, analysis: packAnalysis(passage, index.tokens) })));
      expectPrunedEqualsExhaustive(index, random, vocabulary, 40);
      // The exhaustive loop by blocks of documents (see search-fields.ts) must not change a bit either.
      const blocked = createCompactIndex(index.snapshot(), { searchBlock: 1 + (seed % 3) * 15 });
      for (let q = 0; q < 10; q += 1) {
        const query = randomQuery(random, vocabulary);
        for (const limit of limits) expect(JSON.stringify(blocked.search(query, limit, 'exhaustive'))).toBe(JSON.stringify(index.search(query, limit, 'exhaustive')));
      }
      // Pruning must actually happen, or this test proves nothing.
      expect(index.searchCounts().pruned).toBeGreaterThan(index.searchCounts().exhaustive / 10);
    }
  });

  it('stays exact after a fork changed lists and averages, and after a snapshot round trip', () => {
    for (let seed = 11; seed <= 14; seed += 1) {
      const random = createRandom(seed * 104729);
      const vocabulary = random.int(40, 300);
      const passages = randomCorpus(random, 300, vocabulary);
      const base = createCompactIndex();
      base.addPackedMany(passages.map((passage) => ({ id: passage.id, analysis: packAnalysis(passage, base.tokens) })));
      const fork = base.fork();
      // Long passages added raise the averages far above those the stored bounds were computed for.
      fork.remove(passages.filter((_, i) => i % 3 === seed % 3).map((passage) => passage.id));
      const added = randomCorpus(random, 200, vocabulary * 2).map((passage) => ({
        ...passage,
        id: `new-${passage.id}`,
        sentences: Array.from({ length: 6 }, (_, i) => ({ ...passage.sentences[0], terms: [...(passage.sentences[0]?.terms ?? []), `long${i}`], bigrams: [...(passage.sentences[0]?.bigrams ?? []), `glong${i}`], tags: [] })),
      }));
      fork.add(added);
      expectPrunedEqualsExhaustive(fork, random, vocabulary * 2, 25);
      expectPrunedEqualsExhaustive(createCompactIndex(fork.snapshot()), random, vocabulary * 2, 15);
    }
  });

  it('keeps a stored bound valid when the average moves, once scaled', () => {
    const random = createRandom(77);
    const { k, b } = { k: 1.2, b: 0.75 };
    for (let trial = 0; trial < 300; trial += 1) {
      const docs = random.int(1, 40);
      const lengths = Uint32Array.from({ length: docs }, () => random.int(1, 60));
      const list = { docs: Int32Array.from({ length: docs }, (_, i) => i), freqs: Uint8Array.from({ length: docs }, () => random.int(1, 5)), start: 0, end: docs };
      const then = 1 + random.next() * 30;
      const now = then * (0.2 + random.next() * 5);
      const before = fieldNorms(lengths, 0, 1, docs, then, k, b);
      const after = fieldNorms(lengths, 0, 1, docs, now, k, b);
      expect(listBound(list, after.norms, after.once, k)).toBeLessThanOrEqual(scaledBound(listBound(list, before.norms, before.once, k), then, now) * (1 + 1e-12));
    }
  });

  it('gallops to the first document at or after the one sought', () => {
    const docs = Int32Array.from([2, 3, 5, 8, 13, 21, 34, 55, 89]);
    for (let from = 0; from <= docs.length; from += 1) {
      for (let doc = 0; doc < 100; doc += 1) {
        let expected = from;
        while (expected < docs.length && (docs[expected] as number) < doc) expected += 1;
        expect(gallop(docs, from, docs.length, doc)).toBe(expected);
      }
    }
  });

  it('selects the k-th largest value', () => {
    const random = createRandom(5);
    for (let trial = 0; trial < 200; trial += 1) {
      const values = Array.from({ length: random.int(1, 50) }, () => random.int(0, 9));
      const k = random.int(1, values.length);
      const sorted = [...values].sort((a, b) => b - a);
      expect(kthLargest(Float64Array.from(values), values.length, k)).toBe(sorted[k - 1]);
    }
  });
});
