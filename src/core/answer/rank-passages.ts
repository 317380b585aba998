/**
 * Ranks passages for a question in two stages. First the index's BM25 over
 * both views (terms, bigrams), each max-normalised and summed, picks the
 * candidates; then each candidate is described by named features
 * (features.ts) and ordered by the fitted ranker's score (ranker.ts).
 */
import type { AnalyzedQuestion } from '../question/question.ts';
import type { AnalyzedPassage, IndexQuery, PassageIndex, WeightedToken } from '../engine/passage-index.ts';
import { idfWeights, spellingKnown, type SpanCoverage } from './coverage.ts';
import { describe, questionContext, type SentenceScore } from './features.ts';
import { defaultRanker, scoreWith, type Ranker } from './ranker.ts';
import type { Texts } from './passage-texts.ts';

export const rankingDefaults = {
  /** Candidates fetched from each view of the index. */
  candidates: 40,
  /** How many of them, by the first stage's score, the ranker describes and re-orders. */
  described: 30,
  /** Weight of the bigram view's normalised BM25 in the first stage, against the term view's (1). */
  bigramWeight: 0.5,
  /** Tokens held by more than this share of passages are left out of the index search… */
  maxSearchedShare: 0.1,
  /** …in corpora of at least this many passages (small ones are cheap to search whole). */
  minPassagesToPrune: 5000,
  /** Weight of synonym spellings relative to the question's own words. */
  expansionWeight: 0.3,
};

export interface RankedPassage {
  id: string;
  /** The ranker's score. */
  score: number;
  /** The first stage's score (normalised BM25 of both views). */
  firstStage: number;
  features: Float64Array;
  matchedTerms: string[];
  sentences: SentenceScore[];
  analysis: AnalyzedPassage;
  /** Coverage of the question by sentences start..end (inclusive) taken together. */
  spanCoverage(start: number, end: number): SpanCoverage;
}

/**
 * The question in index terms. Synonym spellings weigh less than the
 * question's own words, unless the articles never use the question's
 * spelling (Lavrov asked in English of Japanese articles): then the
 * alternative is the only way to find it and weighs in full.
 */
export function toIndexQuery(question: AnalyzedQuestion, index: PassageIndex): IndexQuery {
  const terms = new Map(question.terms.map((token) => [token, 1]));
  const bigrams = new Map(question.bigrams.map((token) => [token, 1]));
  for (const expansion of question.expansions) {
    const weight = expansion.weight ?? (spellingKnown(index, expansion.from) ? rankingDefaults.expansionWeight : 1);
    for (const token of expansion.terms) terms.set(token, Math.max(terms.get(token) ?? 0, weight));
    for (const token of expansion.bigrams) bigrams.set(token, Math.max(bigrams.get(token) ?? 0, weight));
  }
  const weighted = (tokens: Map<string, number>): WeightedToken[] => [...tokens].map(([token, weight]) => ({ token, weight }));
  return { terms: weighted(terms), bigrams: weighted(bigrams) };
}

/**
 * The query without tokens most passages hold (した, ある, の…): they add
 * almost nothing to any score but most of the search's work. They still
 * count in each candidate's sentence coverage.
 */
export function selectiveQuery(query: IndexQuery, index: PassageIndex): IndexQuery {
  const limit = index.passageCount * rankingDefaults.maxSearchedShare;
  if (index.passageCount < rankingDefaults.minPassagesToPrune) return query;
  return {
    terms: query.terms.filter(({ token }) => index.documentFrequency('term', token) <= limit),
    bigrams: query.bigrams.filter(({ token }) => index.documentFrequency('bigram', token) <= limit),
  };
}

export interface RankOptions {
  ranker?: Ranker;
  /** Position of a passage in its article (0 for the lead). */
  positionOf: (passageId: string) => number;
}

/** Candidates best first, by the ranker; ties keep the first stage's order. */
export function rankPassages(question: AnalyzedQuestion, index: PassageIndex, texts: Texts, options: RankOptions): RankedPassage[] {
  const ranker = options.ranker ?? defaultRanker();
  return describeCandidates(question, index, texts, options)
    .map((candidate) => ({ ...candidate, score: scoreWith(ranker, candidate.features) }))
    .sort((a, b) => b.score - a.score || b.firstStage - a.firstStage);
}

/** The first stage's candidates in its order, each described; `score` is the first stage's until ranked. */
export function describeCandidates(question: AnalyzedQuestion, index: PassageIndex, texts: Texts, options: RankOptions): RankedPassage[] {
  const query = toIndexQuery(question, index);
  const hits = index.search(selectiveQuery(query, index), rankingDefaults.candidates);
  if (hits.length === 0) return [];
  const maxTerm = Math.max(...hits.map((hit) => hit.termScore)) || 1;
  const maxBigram = Math.max(...hits.map((hit) => hit.bigramScore)) || 1;
  const first = hits
    .map((hit) => ({ hit, base: hit.termScore / maxTerm + rankingDefaults.bigramWeight * (hit.bigramScore / maxBigram) }))
    .sort((a, b) => b.base - a.base)
    .slice(0, rankingDefaults.described);
  const context = questionContext(question, idfWeights(question, query, index), hits, texts);
  const ranked: RankedPassage[] = [];
  for (const { hit, base } of first) {
    const analysis = index.analysisOf(hit.id);
    if (!analysis) continue;
    const described = describe(hit, analysis, options.positionOf(hit.id), context);
    ranked.push({ id: hit.id, score: base, firstStage: base, matchedTerms: hit.matchedTerms, analysis, ...described });
  }
  return ranked;
}
