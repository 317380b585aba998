/**
 * The coverage of a sentence or a pair computed without its lists
 * (coverageOf) is scoreMatches's coverage to the bit, and scoreMatches, now
 * sharing that computation, gives what it gave before (the earlier code is
 * kept here as the reference): random matches with repeated tokens, context
 * terms in and out of the question, and synonym tokens standing in for the
 * question's own words. So are the number-only forms the ranking uses: a whole
 * passage's (coverageOfAll), a sentence's with and without context from one
 * collection (sentenceCoverages), a title's terms alone (termsCoverage), with the
 * context given as lists (contextTerms).
 */
import { describe, expect, it } from 'vitest';
import { contextTerms, coverageOf, coverageOfAll, scoreMatches, scoreSpan, sentenceCoverages, termsCoverage, type IdfWeights, type SentenceMatches, type SpanCoverage } from '../../src/core/answer/coverage.ts';
import { createRandom } from '../../scripts/bench/random.ts';

function referenceScore(index: number, matches: readonly SentenceMatches[], weights: IdfWeights, context: ReadonlyMap<string, number>): SpanCoverage {
  const matchedTerms: string[] = [];
  const matchedGrams: string[] = [];
  for (const match of matches) {
    for (const term of match.terms) if (!matchedTerms.includes(term)) matchedTerms.push(term);
    for (const gram of match.grams) if (!matchedGrams.includes(gram)) matchedGrams.push(gram);
  }
  const inSpan = matchedTerms.length;
  if (context.size > 0) for (const term of context.keys()) if (weights.terms.has(term) && !matchedTerms.includes(term)) matchedTerms.push(term);
  const standsIn = (own: readonly string[] | undefined) => own !== undefined && own.some((term) => matchedTerms.includes(term));
  let found = 0;
  const counted: string[] = [];
  matchedTerms.forEach((term, position) => {
    if (weights.standsFor.size > 0 && standsIn(weights.standsFor.get(term))) return;
    found += (weights.terms.get(term) ?? 0) * (position < inSpan ? 1 : (context.get(term) ?? 1));
    counted.push(term);
  });
  for (const gram of matchedGrams) if (weights.standsFor.size === 0 || !standsIn(weights.standsFor.get(gram))) found += weights.bigrams.get(gram) ?? 0;
  return { index, coverage: Math.min(1, found / weights.total), matchedTerms: counted };
}

describe('coverage of a sentence or a pair', () => {
  it('is what scoreMatches and the earlier code give, to the bit', () => {
    const random = createRandom(2026);
    let pairs = 0;
    for (let round = 0; round < 300; round += 1) {
      const terms = new Map(Array.from({ length: random.int(1, 10) }, (_, i) => [`t${i}`, random.next() * 5]));
      const bigrams = new Map(Array.from({ length: random.int(0, 20) }, (_, i) => [`g${i}`, random.next() * 2]));
      const standsFor = new Map<string, string[]>();
      if (round % 3 === 0) for (const token of [...terms.keys(), ...bigrams.keys()]) if (random.next() < 0.25) standsFor.set(token, [`t${random.int(0, 9)}`]);
      const total = [...terms, ...bigrams].reduce((sum, [token, value]) => (standsFor.has(token) ? sum : sum + value), 0);
      const weights: IdfWeights = { terms, bigrams, standsFor, total: total || 1 };
      const pick = (prefix: string, most: number) => [...new Set(Array.from({ length: random.int(0, most) }, () => `${prefix}${random.int(0, 12)}`))];
      const matches = Array.from({ length: random.int(1, 6) }, () => ({ terms: pick('t', 6).filter((term) => terms.has(term)), grams: pick('g', 10).filter((gram) => bigrams.has(gram)) }));
      const context = round % 2 === 0 ? new Map<string, number>() : new Map(pick('t', 4).map((term) => [term, random.next() < 0.5 ? 1 : 0.75]));
      matches.forEach((match, index) => {
        const next = matches[index + 1];
        const span = next === undefined ? [match] : [match, next];
        expect(scoreMatches(index, span, weights, context)).toEqual(referenceScore(index, span, weights, context));
        expect(Object.is(coverageOf(match, next, weights, context), referenceScore(index, span, weights, context).coverage)).toBe(true);
        expect(Object.is(coverageOf(match, undefined, weights, context), referenceScore(index, [match], weights, context).coverage)).toBe(true);
        const [withContext, bare] = sentenceCoverages(match, weights, contextTerms(context));
        expect(Object.is(withContext, referenceScore(index, [match], weights, context).coverage)).toBe(true);
        expect(Object.is(bare, referenceScore(index, [match], weights, new Map()).coverage)).toBe(true);
        if (next) pairs += 1;
      });
      expect(scoreMatches(0, matches, weights, context)).toEqual(referenceScore(0, matches, weights, context));
      expect(Object.is(coverageOfAll(matches, weights, contextTerms(context)), referenceScore(0, matches, weights, context).coverage)).toBe(true);
      const fieldTerms = pick('t', 8);
      expect(Object.is(termsCoverage(fieldTerms, weights), scoreSpan(0, [{ terms: [...fieldTerms], bigrams: [], tags: [] }], weights, new Map()).coverage)).toBe(true);
    }
    expect(pairs).toBeGreaterThan(300);
  });
});
