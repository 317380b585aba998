/**
 * How much of a question a span of sentences holds: the share of the
 * question's idf mass (terms in full, bigrams at a fraction) that the span's
 * tokens match, with terms that hold for the whole passage (title words,
 * names its article mentions) counted as context.
 */
import { charBigrams } from '../analysis/analyzer.ts';
import type { AnalyzedQuestion } from '../question/question.ts';
import type { AnalyzedSentence, IndexQuery, PassageIndex } from '../engine/passage-index.ts';

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
  return { terms, bigrams, standsFor, total: total || 1 };
}

/** The question's terms and bigrams a sentence holds, each once, in order of appearance. */
export interface SentenceMatches {
  terms: string[];
  grams: string[];
}

export function matchSentence(sentence: AnalyzedSentence, weights: IdfWeights): SentenceMatches {
  const terms: string[] = [];
  const grams: string[] = [];
  for (const term of sentence.terms) if (weights.terms.has(term) && !terms.includes(term)) terms.push(term);
  for (const gram of sentence.bigrams) if (weights.bigrams.has(gram) && !grams.includes(gram)) grams.push(gram);
  return { terms, grams };
}

/**
 * `context`: terms that hold for the whole passage (title words, names of
 * its article), with how much they count. Walks the span's tokens against
 * the question's (a map lookup each), as this runs for every sentence of
 * every candidate.
 */
export function scoreSpan(index: number, sentences: readonly AnalyzedSentence[], weights: IdfWeights, context: ReadonlyMap<string, number>): SpanCoverage {
  return scoreMatches(index, sentences.map((sentence) => matchSentence(sentence, weights)), weights, context);
}

/** The coverage of sentences already matched (see matchSentence), taken together. */
export function scoreMatches(index: number, matches: readonly SentenceMatches[], weights: IdfWeights, context: ReadonlyMap<string, number>): SpanCoverage {
  const matchedTerms: string[] = [];
  const matchedGrams: string[] = [];
  for (const match of matches) {
    for (const term of match.terms) if (!matchedTerms.includes(term)) matchedTerms.push(term);
    for (const gram of match.grams) if (!matchedGrams.includes(gram)) matchedGrams.push(gram);
  }
  const inSpan = matchedTerms.length;
  for (const term of context.keys()) if (weights.terms.has(term) && !matchedTerms.includes(term)) matchedTerms.push(term);
  // A synonym counts only where the question's own spelling is absent: ASEAN and
  // 東南アジア諸国連合 side by side are one match, not two.
  const counts = (token: string) => !(weights.standsFor.get(token) ?? []).some((own) => matchedTerms.includes(own));
  let found = 0;
  const counted = matchedTerms.filter((term, position) => {
    if (!counts(term)) return false;
    found += (weights.terms.get(term) ?? 0) * (position < inSpan ? 1 : (context.get(term) ?? 1));
    return true;
  });
  for (const gram of matchedGrams) if (counts(gram)) found += weights.bigrams.get(gram) ?? 0;
  return { index, coverage: Math.min(1, found / weights.total), matchedTerms: counted };
}
