/**
 * Ranks passages for a question in two steps. First the index's BM25 over
 * both views (terms, bigrams), each max-normalised and summed. Then the best
 * candidates are re-scored by their best sentence: a passage whose one
 * sentence holds most of the question beats one that mentions its words far
 * apart, which is what a quotable answer needs. Its article's title and the
 * names it mentions elsewhere count as context, and a sentence holding the
 * kind of thing asked for (a date for いつ) scores a little more.
 */
import { charBigrams } from '../analysis/analyzer.ts';
import { holdsWantedKind } from '../question/answer-kind.ts';
import type { AnalyzedQuestion } from '../question/question.ts';
import type { AnalyzedPassage, AnalyzedSentence, IndexQuery, PassageIndex, WeightedToken } from '../engine/passage-index.ts';

export const rankingDefaults = {
  /** Candidates fetched from each view of the index. */
  candidates: 40,
  /** How many candidates get the sentence-level re-score. */
  rescored: 20,
  /** Weight of the bigram view's normalised BM25 against the term view's (1). */
  bigramWeight: 0.5,
  /** Weight of the best sentence's coverage of the question in the final score. */
  sentenceWeight: 3.0,
  /** Tokens held by more than this share of passages are left out of the index search… */
  maxSearchedShare: 0.1,
  /** …in corpora of at least this many passages (small ones are cheap to search whole). */
  minPassagesToPrune: 5000,
  /** Weight of synonym spellings relative to the question's own words. */
  expansionWeight: 0.3,
  /** In coverage, a bigram counts this much relative to a term of the same idf. */
  bigramCoverageWeight: 0.5,
  /** How much a name asked about counts for a passage whose article (not the passage) has it. */
  articleNameWeight: 0.75,
  /** Added to a sentence's coverage when it holds the kind of thing asked for. */
  kindBonus: 0.15,
};

export interface SentenceScore {
  index: number;
  /** Holds the kind of thing asked for (a date for いつ …) that the question lacks. */
  wanted: boolean;
  /** Share of the question's idf mass found in this sentence (0–1). */
  coverage: number;
  matchedTerms: string[];
}

export interface RankedPassage {
  id: string;
  score: number;
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
    const weight = spellingKnown(index, expansion.from) ? rankingDefaults.expansionWeight : 1;
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
function selective(query: IndexQuery, index: PassageIndex): IndexQuery {
  const limit = index.passageCount * rankingDefaults.maxSearchedShare;
  if (index.passageCount < rankingDefaults.minPassagesToPrune) return query;
  return {
    terms: query.terms.filter(({ token }) => index.documentFrequency('term', token) <= limit),
    bigrams: query.bigrams.filter(({ token }) => index.documentFrequency('bigram', token) <= limit),
  };
}

/** Whether the articles use this spelling: as a term, or (split differently) as all of its bigrams. */
export function spellingKnown(index: PassageIndex, spelling: string): boolean {
  if (index.documentFrequency('term', spelling) > 0) return true;
  const grams = charBigrams(spelling);
  return grams.length > 0 && grams.every((gram) => index.documentFrequency('bigram', gram) > 0);
}

/**
 * `articleText` (normalised text of a passage's whole article), when given,
 * lets the names the question asks about count for every passage of an
 * article that mentions them: news names the place once, in the lead.
 */
export function rankPassages(question: AnalyzedQuestion, index: PassageIndex, articleText?: (passageId: string) => string): RankedPassage[] {
  const query = toIndexQuery(question, index);
  const hits = index.search(selective(query, index), rankingDefaults.candidates);
  if (hits.length === 0) return [];
  const maxTerm = Math.max(...hits.map((hit) => hit.termScore)) || 1;
  const maxBigram = Math.max(...hits.map((hit) => hit.bigramScore)) || 1;
  const first = hits
    .map((hit) => ({
      hit,
      base: hit.termScore / maxTerm + rankingDefaults.bigramWeight * (hit.bigramScore / maxBigram),
    }))
    .sort((a, b) => b.base - a.base)
    .slice(0, rankingDefaults.rescored);

  const weights = idfWeights(question, query, index);
  const names = articleText ? question.keyTerms.filter((key) => key.exact && weights.terms.has(key.term)) : [];
  const ranked: RankedPassage[] = [];
  for (const { hit, base } of first) {
    const analysis = index.analysisOf(hit.id);
    if (!analysis) continue;
    // Title words hold for every sentence under them: a sentence about
    // マーラーの結婚 need not repeat マーラー when the article is about him.
    const article = articleText?.(hit.id) ?? '';
    const context = new Map<string, number>(names.filter((name) => article.includes(name.term)).map((name) => [name.term, rankingDefaults.articleNameWeight]));
    for (const term of analysis.title) context.set(term, 1);
    const spanCoverage = (start: number, end: number) => scoreSpan(start, analysis.sentences.slice(start, end + 1), weights, context);
    const sentences = analysis.sentences.map((sentence, sentenceIndex) => ({
      ...spanCoverage(sentenceIndex, sentenceIndex),
      wanted: holdsWantedKind(sentence.tags, question),
    }));
    const best = Math.max(0, ...sentences.map((sentence) => sentence.coverage + (sentence.wanted ? rankingDefaults.kindBonus : 0)));
    ranked.push({ id: hit.id, score: base + rankingDefaults.sentenceWeight * best, matchedTerms: hit.matchedTerms, sentences, analysis, spanCoverage });
  }
  return ranked.sort((a, b) => b.score - a.score);
}

interface IdfWeights {
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

function idfWeights(question: AnalyzedQuestion, query: IndexQuery, index: PassageIndex): IdfWeights {
  const terms = new Map(query.terms.map(({ token, weight }) => [token, weight * idf(index, 'term', token)]));
  const bigrams = new Map(
    query.bigrams.map(({ token, weight }) => [token, weight * rankingDefaults.bigramCoverageWeight * idf(index, 'bigram', token)]),
  );
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

export type SpanCoverage = Omit<SentenceScore, 'wanted'>;

/**
 * `context`: terms that hold for the whole passage (title words, names of its
 * article), with how much they count. Walks the span's tokens against the
 * question's (a map lookup each), as this runs for every sentence of every
 * candidate.
 */
function scoreSpan(index: number, sentences: AnalyzedSentence[], weights: IdfWeights, context: ReadonlyMap<string, number>): SpanCoverage {
  const matchedTerms: string[] = [];
  const matchedGrams: string[] = [];
  for (const sentence of sentences) {
    for (const term of sentence.terms) if (weights.terms.has(term) && !matchedTerms.includes(term)) matchedTerms.push(term);
    for (const gram of sentence.bigrams) if (weights.bigrams.has(gram) && !matchedGrams.includes(gram)) matchedGrams.push(gram);
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
