/**
 * How much of a question a span of sentences holds: the share of the
 * question's idf mass (terms in full, bigrams at a fraction) that the span's
 * tokens match, with terms that hold for the whole passage (title words,
 * names its article mentions) counted as context.
 */
import { charBigrams } from '../analysis/analyzer.ts';
import type { AnalyzedQuestion } from '../question/question.ts';
import type { AnalyzedSentence, IndexQuery, PassageIndex } from '../engine/passage-index.ts';
import { createTokenSlots, type TokenSlots } from './token-slots.ts';

export const coverageDefaults = {
  /** In coverage, a bigram counts this much relative to a term of the same idf. */
  bigramCoverageWeight: 0.5,
};

export interface SpanCoverage {
  index: number;
  /** Share of the question's idf mass found in the span (0–1). */
  coverage: number;
  matchedTerms: string[];
}

export interface IdfWeights {
  terms: Map<string, number>;
  bigrams: Map<string, number>;
  /** Synonym tokens, each with the question's own terms it stands in for. */
  standsFor: Map<string, string[]>;
  total: number;
}

export function idf(index: PassageIndex, kind: 'term' | 'bigram', token: string): number {
  const n = index.passageCount;
  const df = index.documentFrequency(kind, token);
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Whether the articles use this spelling: as a term, or (split differently) as all of its bigrams. */
export function spellingKnown(index: PassageIndex, spelling: string): boolean {
  if (index.documentFrequency('term', spelling) > 0) return true;
  const grams = charBigrams(spelling);
  return grams.length > 0 && grams.every((gram) => index.documentFrequency('bigram', gram) > 0);
}

export function idfWeights(question: AnalyzedQuestion, query: IndexQuery, index: PassageIndex): IdfWeights {
  const terms = new Map(query.terms.map(({ token, weight }) => [token, weight * idf(index, 'term', token)]));
  const bigrams = new Map(query.bigrams.map(({ token, weight }) => [token, weight * coverageDefaults.bigramCoverageWeight * idf(index, 'bigram', token)]));
  const standsFor = new Map<string, string[]>();
  for (const expansion of question.expansions) {
    const own = question.terms.filter((term) => expansion.from.includes(term));
    for (const token of [...expansion.terms, ...expansion.bigrams]) standsFor.set(token, own);
  }
  // The whole is what the question itself says; synonyms can only stand in for part of it.
  let total = 0;
  for (const [token, value] of [...terms, ...bigrams]) if (!standsFor.has(token)) total += value;
  const { tokenNumber } = index;
  if (tokenNumber) {
    const numberOf = (token: string) => tokenNumber.call(index, token);
    slotsOf.set(terms, createTokenSlots([...terms.keys()], numberOf));
    slotsOf.set(bigrams, createTokenSlots([...bigrams.keys()], numberOf));
  }
  return { terms, bigrams, standsFor, total: total || 1 };
}

/**
 * The weights' tokens by index number, kept beside the very Map they number (a copy of the
 * weights with other Maps, such as features.ts's own-word weights, falls back to strings).
 */
const slotsOf = new WeakMap<ReadonlyMap<string, number>, TokenSlots>();

/** The question's terms and bigrams a sentence holds, each once, in order of appearance. */
export interface SentenceMatches {
  terms: string[];
  grams: string[];
}

export function matchSentence(sentence: AnalyzedSentence, weights: IdfWeights): SentenceMatches {
  const terms: string[] = [];
  const grams: string[] = [];
  const termSlots = slotsOf.get(weights.terms);
  const gramSlots = slotsOf.get(weights.bigrams);
  const { termIds, bigramIds } = sentence;
  if (termSlots && gramSlots && termIds && bigramIds) {
    // The same tokens in the same order, found by number (one token, one number).
    for (let i = 0; i < termIds.length; i += 1) {
      const slot = termSlots.slotOf(termIds[i] as number);
      if (slot < 0) continue;
      const term = termSlots.tokens[slot] as string;
      if (!terms.includes(term)) terms.push(term);
    }
    for (let i = 0; i < bigramIds.length; i += 1) {
      const slot = gramSlots.slotOf(bigramIds[i] as number);
      if (slot < 0) continue;
      const gram = gramSlots.tokens[slot] as string;
      if (!grams.includes(gram)) grams.push(gram);
    }
    return { terms, grams };
  }
  for (const term of sentence.terms) if (weights.terms.has(term) && !terms.includes(term)) terms.push(term);
  for (const gram of sentence.bigrams) if (weights.bigrams.has(gram) && !grams.includes(gram)) grams.push(gram);
  return { terms, grams };
}

/**
 * Terms that hold for the whole passage (title words, names of its article), in order, each with
 * how much it counts: what a Map of them says, as two lists (the ranking builds one per candidate,
 * and a Map's table cost more than the scoring). A term is listed once; its factor is its last.
 */
export interface ContextTerms {
  readonly terms: readonly string[];
  readonly factors: readonly number[];
}

export type SpanContext = ReadonlyMap<string, number> | ContextTerms;

/** A Map of context terms as lists, in the Map's order. */
export function contextTerms(map: ReadonlyMap<string, number>): ContextTerms {
  return { terms: [...map.keys()], factors: [...map.values()] };
}

/**
 * `context`: terms that hold for the whole passage (title words, names of
 * its article), with how much they count. Walks the span's tokens against
 * the question's (a map lookup each), as this runs for every sentence of
 * every candidate.
 */
export function scoreSpan(index: number, sentences: readonly AnalyzedSentence[], weights: IdfWeights, context: SpanContext): SpanCoverage {
  return scoreMatches(index, sentences.map((sentence) => matchSentence(sentence, weights)), weights, context);
}

/** The coverage of sentences already matched (see matchSentence), taken together. */
export function scoreMatches(index: number, matches: readonly SentenceMatches[], weights: IdfWeights, context: SpanContext): SpanCoverage {
  const matchedTerms: string[] = [];
  startSpan();
  for (let i = 0; i < matches.length; i += 1) collect(matches[i] as SentenceMatches);
  return { index, coverage: collectedCoverage(weights, context, matchedTerms), matchedTerms };
}

/**
 * The coverage alone of one sentence's matches, or of it and the next one's: what scoreMatches
 * gives, to the bit, without the lists it hands back (this runs for every sentence and every
 * pair of every candidate, and only the number is kept).
 */
export function coverageOf(match: SentenceMatches, next: SentenceMatches | undefined, weights: IdfWeights, context: SpanContext): number {
  startSpan();
  collect(match);
  if (next !== undefined) collect(next);
  return collectedCoverage(weights, context, null);
}

/**
 * One sentence's coverage with the context and without it (bare), from one collection of its
 * matches: coverageOf's two results, to the bit. Written into a scratch pair, [with, bare],
 * read before the next call.
 */
export function sentenceCoverages(match: SentenceMatches, weights: IdfWeights, context: SpanContext): Float64Array {
  startSpan();
  collect(match);
  // Without context nothing is added to the span, so the same collection serves both.
  sentencePair[1] = collectedCoverage(weights, noContext, null);
  sentencePair[0] = collectedCoverage(weights, context, null);
  return sentencePair;
}

const sentencePair = new Float64Array(2);

/** The coverage alone of all these matches taken together: scoreMatches's, to the bit, without its lists. */
export function coverageOfAll(matches: readonly SentenceMatches[], weights: IdfWeights, context: SpanContext): number {
  startSpan();
  for (let i = 0; i < matches.length; i += 1) collect(matches[i] as SentenceMatches);
  return collectedCoverage(weights, context, null);
}

/**
 * What scoreSpan gives for one sentence made of these terms alone, with no context (a title's or
 * a heading's coverage), to the bit, without building the sentence and its matches.
 */
export function termsCoverage(terms: readonly string[], weights: IdfWeights): number {
  startSpan();
  for (let i = 0; i < terms.length; i += 1) {
    const term = terms[i] as string;
    if (weights.terms.has(term) && !held(spanTerms, termCount, term)) spanTerms[termCount++] = term;
  }
  return collectedCoverage(weights, noContext, null);
}

const noContext: ContextTerms = { terms: [], factors: [] };

/**
 * Scratch lists of the span being scored (synchronous, never re-entered), filled up to the
 * counts: kept at their size between calls, not emptied (emptying an array drops its store,
 * and a new one was allocated at every sentence and pair of every candidate).
 */
const spanTerms: string[] = [];
const spanGrams: string[] = [];
/** The factor of each context term added to the span, at its position. */
const spanFactors: number[] = [];
let termCount = 0;
let gramCount = 0;

function startSpan(): void {
  termCount = 0;
  gramCount = 0;
}

function held(list: readonly string[], count: number, value: string): boolean {
  for (let i = 0; i < count; i += 1) if (list[i] === value) return true;
  return false;
}

/** Adds a sentence's matches to the span, each token once, in order of first appearance. */
function collect(match: SentenceMatches): void {
  const { terms, grams } = match;
  for (let i = 0; i < terms.length; i += 1) {
    const term = terms[i] as string;
    if (!held(spanTerms, termCount, term)) spanTerms[termCount++] = term;
  }
  for (let i = 0; i < grams.length; i += 1) {
    const gram = grams[i] as string;
    if (!held(spanGrams, gramCount, gram)) spanGrams[gramCount++] = gram;
  }
}

/** The share of the question's weight the collected span holds; the terms counted go to `counted` when given. */
function collectedCoverage(weights: IdfWeights, given: SpanContext, counted: string[] | null): number {
  const context = given instanceof Map ? contextTerms(given) : (given as ContextTerms);
  const matchedTerms = spanTerms;
  const inSpan = termCount;
  for (let i = 0; i < context.terms.length; i += 1) {
    const term = context.terms[i] as string;
    if (!weights.terms.has(term) || held(matchedTerms, termCount, term)) continue;
    spanFactors[termCount] = context.factors[i] as number;
    matchedTerms[termCount++] = term;
  }
  // A synonym counts only where the question's own spelling is absent: ASEAN and
  // 東南アジア諸国連合 side by side are one match, not two. (Loops, not closures: this
  // runs several times per sentence of every candidate.)
  const { standsFor } = weights;
  const synonyms = standsFor.size > 0;
  let found = 0;
  for (let position = 0; position < termCount; position += 1) {
    const term = matchedTerms[position] as string;
    if (synonyms && standsInFor(standsFor.get(term), matchedTerms, termCount)) continue;
    found += (weights.terms.get(term) ?? 0) * (position < inSpan ? 1 : (spanFactors[position] as number));
    counted?.push(term);
  }
  for (let i = 0; i < gramCount; i += 1) {
    const gram = spanGrams[i] as string;
    if (!synonyms || !standsInFor(standsFor.get(gram), matchedTerms, termCount)) found += weights.bigrams.get(gram) ?? 0;
  }
  return Math.min(1, found / weights.total);
}

/** Whether a synonym token's own terms (if it is one) are among those matched. */
function standsInFor(own: readonly string[] | undefined, matchedTerms: readonly string[], count: number): boolean {
  if (own === undefined) return false;
  for (const term of own) if (held(matchedTerms, count, term)) return true;
  return false;
}
