/**
 * Deciding not to answer. A question is answered only when its key terms
 * exist in the corpus and the best passage covers most of their weight; a
 * passage that merely shares a common word (中国, 会談) is noise, not an
 * answer. Missing proper nouns (北朝鮮, 日本) decide at once.
 */
import type { Analyzer } from './analyzer.ts';
import { charBigrams } from './analyzer.ts';
import type { AnalyzedPassage, PassageIndex } from './passage-index.ts';
import type { AnalyzedQuestion, KeyTerm } from './question.ts';
import { idf } from './rank-passages.ts';

export const abstentionDefaults = {
  /** Minimum share of the question's key-term weight the best passage must cover. */
  minCoverage: 0.5,
  /** Share of weight held by common words the corpus never uses that makes a question unanswerable. */
  maxUnknownShare: 0.3,
  /** Verbs and adjectives are paraphrased more than nouns: they weigh this much. */
  predicateWeight: 0.5,
};

export type Verdict =
  | { answerable: true; coverage: number }
  | { answerable: false; why: 'no_terms' | 'missing' | 'not_found'; missingTerms: string[]; coverage: number };

export function judgeAnswerable(
  question: AnalyzedQuestion,
  best: AnalyzedPassage | undefined,
  index: PassageIndex,
  analyzer: Analyzer,
): Verdict {
  const keys = question.keyTerms;
  if (keys.length === 0) return { answerable: false, why: 'no_terms', missingTerms: [], coverage: 0 };

  const weightOf = (key: KeyTerm) => idf(index, 'term', key.term) * (key.noun ? 1 : abstentionDefaults.predicateWeight);
  const total = keys.reduce((sum, key) => sum + weightOf(key), 0) || 1;

  const unknown = keys.filter((key) => !key.equivalents.some((spelling) => inCorpus(spelling, index, analyzer)));
  const unknownNouns = unknown.filter((key) => key.noun);
  const unknownShare = unknown.reduce((sum, key) => sum + weightOf(key), 0) / total;
  if (unknownNouns.some((key) => key.proper) || (unknownNouns.length > 0 && unknownShare >= abstentionDefaults.maxUnknownShare)) {
    return { answerable: false, why: 'missing', missingTerms: unknownNouns.map((key) => key.surface), coverage: 0 };
  }
  if (!best) return { answerable: false, why: 'not_found', missingTerms: [], coverage: 0 };

  const terms = new Set([...best.title, ...best.heading, ...best.sentences.flatMap((sentence) => sentence.terms)]);
  const bigrams = new Set(best.sentences.flatMap((sentence) => sentence.bigrams));
  const covered = keys.filter((key) => key.equivalents.some((spelling) => inPassage(spelling, terms, bigrams)));
  const coverage = covered.reduce((sum, key) => sum + weightOf(key), 0) / total;
  if (coverage < abstentionDefaults.minCoverage) {
    return { answerable: false, why: 'not_found', missingTerms: unknownNouns.map((key) => key.surface), coverage };
  }
  return { answerable: true, coverage };
}

/** Known to the corpus as a term, or (for a spelling the analyzer splits differently) as all of its bigrams. */
function inCorpus(spelling: string, index: PassageIndex, analyzer: Analyzer): boolean {
  if (index.documentFrequency('term', spelling) > 0) return true;
  const grams = charBigrams(spelling);
  if (grams.length > 0 && grams.every((gram) => index.documentFrequency('bigram', gram) > 0)) {
    const parts = analyzer.analyze(spelling).terms;
    return parts.length > 0 && parts.every((part) => index.documentFrequency('term', part) > 0);
  }
  return false;
}

function inPassage(spelling: string, terms: Set<string>, bigrams: Set<string>): boolean {
  if (terms.has(spelling)) return true;
  const grams = charBigrams(spelling);
  return grams.length > 0 && grams.every((gram) => bigrams.has(gram));
}
