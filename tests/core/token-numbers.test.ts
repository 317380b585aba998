/**
 * Matching a question against a passage's sentences by token number (the
 * compact index's analyses carry them, token-slots.ts holds the question's)
 * must find exactly what matching the strings finds: the same tokens, once
 * each, in the same order, and so the same coverage to the bit.
 */
import { describe, expect, it } from 'vitest';
import { idfWeights, matchSentence, scoreMatches } from '../../src/core/answer/coverage.ts';
import { createTokenSlots } from '../../src/core/answer/token-slots.ts';
import { createCompactIndex } from '../../src/core/engine/compact-index.ts';
import type { AnalyzedPassage, IndexQuery } from '../../src/core/engine/passage-index.ts';
import type { AnalyzedQuestion } from '../../src/core/question/question.ts';
import { createRandom } from '../../scripts/bench/random.ts';

describe('matching by token number', () => {
  it('finds what matching by string finds', () => {
    const random = createRandom(4242);
    const word = () => `w${random.int(0, 60)}`;
    const gram = () => `g${random.int(0, 90)}`;
    const passages: AnalyzedPassage[] = Array.from({ length: 120 }, (_, i) => ({
      id: `a${i}#0`,
      title: [word()],
      heading: [],
      sentences: Array.from({ length: random.int(1, 5) }, () => ({
        terms: Array.from({ length: random.int(0, 14) }, word),
        bigrams: Array.from({ length: random.int(0, 30) }, gram),
        tags: [],
      })),
    }));
    const index = createCompactIndex();
    index.add(passages);
    for (let q = 0; q < 40; q += 1) {
      // Some tokens no passage has: they have no number and must simply never match.
      const terms = [...new Set(Array.from({ length: random.int(1, 8) }, () => (random.next() < 0.1 ? 'unknown' : word())))];
      const bigrams = [...new Set(Array.from({ length: random.int(1, 20) }, gram))];
      const question = { terms, bigrams, expansions: [] } as unknown as AnalyzedQuestion;
      const query: IndexQuery = { terms: terms.map((token) => ({ token, weight: 1 })), bigrams: bigrams.map((token) => ({ token, weight: 1 })) };
      const weights = idfWeights(question, query, index);
      for (const passage of passages.slice(0, 30)) {
        const analysis = index.analysisOf(passage.id);
        for (const sentence of analysis?.sentences ?? []) {
          expect(sentence.termIds).toBeDefined();
          const byNumber = matchSentence(sentence, weights);
          const byString = matchSentence({ terms: sentence.terms, bigrams: sentence.bigrams, tags: sentence.tags }, weights);
          expect(byNumber).toEqual(byString);
          expect(scoreMatches(0, [byNumber], weights, new Map())).toEqual(scoreMatches(0, [byString], weights, new Map()));
        }
      }
    }
  });

  it('gives each token of the question its slot and nothing else a slot', () => {
    const tokens = Array.from({ length: 50 }, (_, i) => `t${i}`);
    const numbers = new Map(tokens.map((token, i) => [token, i * 7919 + 3]));
    const slots = createTokenSlots(tokens, (token) => numbers.get(token));
    tokens.forEach((token, slot) => expect(slots.slotOf(numbers.get(token) as number)).toBe(slot));
    for (let id = 0; id < 2000; id += 1) if (![...numbers.values()].includes(id)) expect(slots.slotOf(id)).toBe(-1);
  });
});
