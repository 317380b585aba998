/**
 * The named features of a (question, passage) pair, computed in one place:
 * what the fitted ranker (ranker.ts) weighs and `npm run fit` learns from.
 * Each is a number, mostly 0–1; the order of `featureNames` is the order of
 * the weights in ranker-weights.json.
 */
import { normalizeText } from '../analysis/normalize.ts';
import { holdsWantedKind } from '../question/answer-kind.ts';
import type { AnalyzedQuestion } from '../question/question.ts';
import type { AnalyzedPassage, PassageHit } from '../engine/passage-index.ts';
import { coverageOf, matchSentence, scoreMatches, scoreSpan, type IdfWeights, type SentenceMatches, type SpanCoverage } from './coverage.ts';
import { holdsCount } from './holds-count.ts';
import { questionTrigrams, type QuestionTrigrams } from './question-trigrams.ts';
import type { Texts } from './passage-texts.ts';
import { wantedDetails } from './wanted-detail.ts';

export const featureNames = [
  /** BM25 over terms, over the best candidate's. */
  'termBm25',
  /** BM25 over character bigrams, over the best candidate's. */
  'bigramBm25',
  /** 1 / (1 + rank) by each view alone. */
  'termRank',
  'bigramRank',
  /** Best single sentence's coverage of the question, title words and the article's names as context. */
  'sentenceCoverage',
  /** Best two adjacent sentences' coverage. */
  'spanCoverage',
  /** The whole passage's coverage. */
  'passageCoverage',
  /** Best sentence's coverage without any context. */
  'bareSentenceCoverage',
  /** The best sentence holds the kind of thing asked for (a date for いつ). */
  'wantedInBest',
  /** Some sentence of the passage holds it. */
  'wantedInPassage',
  /** Share of the question's weight in the article title / section heading. */
  'titleCoverage',
  'headingCoverage',
  /** The article's first passage (the lead), and log of the position. */
  'lead',
  'position',
  /** Share of the names and numbers asked about in the passage, and in its article. */
  'namesInPassage',
  'namesInArticle',
  /** The office-holders asked about (ラブロフ外相) are named in the passage itself. */
  'holdersNamed',
  /** Share of the question's character trigrams found in the passage, and its longest run found (share of the question). */
  'trigramShare',
  'longestRun',
  /** Coverage gained only through synonym spellings. */
  'synonymShare',
  /** log of the passage's length in characters, over 6. */
  'length',
  /** log of each view's raw BM25. */
  'termBm25Log',
  'bigramBm25Log',
  /** Share of the question's distinct bigrams the passage holds, unweighted. */
  'bigramShare',
  /** Share of the question's key terms (any spelling) in the passage, each by its idf. */
  'keyTermShare',
  /** The question names what it counts (いくら, 何人, 何か国, どれくらい続いた) and the passage states such a quantity. */
  'countInPassage',
  /** The question asks for some quantity without naming it (いくつ, どれくらい) and the passage states a number. */
  'numberInPassage',
  /** The question asks for a weekday, reason or name (wanted-detail.ts) and a sentence of the passage holds one. */
  'detailInPassage',
] as const;

export type FeatureName = (typeof featureNames)[number];

export interface SentenceScore extends SpanCoverage {
  /** Holds what is asked for (a date for いつ, the count for 何人, a weekday for 何曜日 …) that the question lacks. */
  wanted: boolean;
}

export interface Described {
  features: Float64Array;
  sentences: SentenceScore[];
  /** Coverage of the question by sentences start..end (inclusive) taken together. */
  spanCoverage(start: number, end: number): SpanCoverage;
}

export interface QuestionContext {
  question: AnalyzedQuestion;
  weights: IdfWeights;
  texts: Texts;
  /** Max over the candidates, for the normalised BM25 features. */
  maxTerm: number;
  maxBigram: number;
  termRanks: ReadonlyMap<string, number>;
  bigramRanks: ReadonlyMap<string, number>;
  /** The character trigrams of the question's runs of letters and digits, and the longest-run search over those runs. */
  trigrams: QuestionTrigrams;
  /** How many characters the question's runs of letters and digits hold, for the longest-run feature. */
  runChars: number;
  /** Sentence patterns for the detail asked for (wanted-detail.ts). */
  details: RegExp[];
  /** The weights without synonym spellings: what the question's own words find. */
  ownWeights: IdfWeights;
}

/** How much a name asked about counts for a passage whose article (not the passage) has it. */
const articleNameWeight = 0.75;

export function questionContext(question: AnalyzedQuestion, weights: IdfWeights, hits: readonly PassageHit[], texts: Texts): QuestionContext {
  const ranks = (score: (hit: PassageHit) => number) =>
    new Map([...hits].sort((a, b) => score(b) - score(a)).map((hit, rank) => [hit.id, score(hit) > 0 ? rank : hits.length]));
  const runs = question.normalized.match(/[\p{L}\p{N}]+/gu) ?? [];
  const details = wantedDetails(question);
  const trigrams = questionTrigrams(runs);
  return {
    question,
    weights,
    texts,
    maxTerm: Math.max(0, ...hits.map((hit) => hit.termScore)) || 1,
    maxBigram: Math.max(0, ...hits.map((hit) => hit.bigramScore)) || 1,
    termRanks: ranks((hit) => hit.termScore),
    bigramRanks: ranks((hit) => hit.bigramScore),
    trigrams,
    runChars: runs.reduce((sum, run) => sum + run.length, 0) || 1,
    details,
    ownWeights: { ...weights, terms: ownTokens(weights.terms, weights), bigrams: ownTokens(weights.bigrams, weights) },
  };
}

export function describe(hit: PassageHit, analysis: AnalyzedPassage, position: number, context: QuestionContext): Described {
  const { question, weights, texts } = context;
  const names = question.keyTerms.filter((key) => key.exact);
  const passage = texts.passage(hit.id);
  // The passage (title, heading, text) is part of its article: a spelling it holds needs no look through the article.
  const inArticle = (spelling: string) => (!spelling.includes('\n') && passage.includes(spelling)) || texts.articleHas(hit.id, spelling);
  // Title words hold for every sentence under them: a sentence about マーラーの結婚
  // need not repeat マーラー when the article is about him.
  const around = new Map<string, number>(names.filter((name) => weights.terms.has(name.term) && inArticle(name.term)).map((name) => [name.term, articleNameWeight]));
  for (const term of analysis.title) around.set(term, 1);
  const none = new Map<string, number>();
  // Each sentence is matched against the question once; spans are scored from those matches.
  const matches = analysis.sentences.map((sentence) => matchSentence(sentence, weights));
  const spanCoverage = (start: number, end: number) => scoreMatches(start, matches.slice(start, end + 1), weights, around);
  const written = texts.sentences(hit.id);
  // A named counter says what the answer holds more exactly than the number tags do (何本 wants 1万9,000本, not 2025年).
  const counted = question.counter !== null && question.counter !== '';
  const holdsDetail = context.details.length === 0 ? [] : written.map((sentence) => context.details.every((detail) => detail.test(sentence)));
  const holdsWanted = (index: number) =>
    (counted ? holdsCount(widthNormal(written[index] ?? ''), question.counter as string) : holdsWantedKind(analysis.sentences[index]?.tags ?? [], question)) || holdsDetail[index] === true;
  const sentences = analysis.sentences.map((_, index) => ({ ...scoreMatches(index, [matches[index] as SentenceMatches], weights, around), wanted: holdsWanted(index) }));
  const best = sentences.reduce<SentenceScore | undefined>((top, sentence) => (!top || sentence.coverage > top.coverage ? sentence : top), undefined);
  let pair = best?.coverage ?? 0;
  for (let start = 0; start + 1 < matches.length; start += 1) pair = Math.max(pair, coverageOf(matches[start] as SentenceMatches, matches[start + 1], weights, around));
  let bare = 0;
  for (const match of matches) bare = Math.max(bare, coverageOf(match, undefined, weights, none));
  const whole = scoreMatches(0, matches, weights, around);
  // What the question's own words find: the same matches without synonym spellings (none when it has none).
  const ownOnly = weights.standsFor.size === 0 ? whole : scoreMatches(0, matches.map((match) => ownMatches(match, weights)), context.ownWeights, around);
  const fieldCoverage = (terms: readonly string[]) => scoreSpan(0, [{ terms: [...terms], bigrams: [], tags: [] }], weights, none).coverage;
  const share = (found: number, of: number) => (of === 0 ? 0 : found / of);
  const hasName = (text: string) => (key: (typeof names)[number]) => key.equivalents.some((spelling) => text.includes(spelling));
  const features = new Float64Array(featureNames.length);
  const set = (name: FeatureName, value: number) => {
    features[featureIndex[name]] = value;
  };
  set('termBm25', hit.termScore / context.maxTerm);
  set('bigramBm25', hit.bigramScore / context.maxBigram);
  set('termRank', 1 / (1 + (context.termRanks.get(hit.id) ?? 100)));
  set('bigramRank', 1 / (1 + (context.bigramRanks.get(hit.id) ?? 100)));
  set('sentenceCoverage', best?.coverage ?? 0);
  set('spanCoverage', pair);
  set('passageCoverage', whole.coverage);
  set('bareSentenceCoverage', bare);
  set('wantedInBest', best?.wanted ? 1 : 0);
  set('wantedInPassage', sentences.some((sentence) => sentence.wanted) ? 1 : 0);
  set('titleCoverage', fieldCoverage(analysis.title));
  set('headingCoverage', fieldCoverage(analysis.heading));
  set('lead', position === 0 ? 1 : 0);
  set('position', Math.log1p(position) / 3);
  set('namesInPassage', share(names.filter(hasName(passage)).length, names.length));
  set('namesInArticle', share(names.filter((key) => key.equivalents.some(inArticle)).length, names.length));
  set('holdersNamed', question.holders.length > 0 && question.holders.every(hasName(texts.body(hit.id))) ? 1 : 0);
  const found = context.trigrams.found(passage);
  set('trigramShare', share(found.reduce((sum, one) => sum + one, 0), context.trigrams.trigrams.length));
  set('longestRun', context.trigrams.longestRun(passage, found) / context.runChars);
  set('synonymShare', Math.max(0, whole.coverage - ownOnly.coverage));
  set('length', Math.log1p(passage.length) / 6);
  set('termBm25Log', Math.log1p(hit.termScore) / 3);
  set('bigramBm25Log', Math.log1p(hit.bigramScore) / 4);
  // The matches hold every question bigram the sentences do (the weights cover all of the question's).
  const grams = new Set<string>();
  for (const match of matches) for (const gram of match.grams) grams.add(gram);
  let heldGrams = 0;
  for (const gram of question.bigrams) if (grams.has(gram)) heldGrams += 1;
  set('bigramShare', share(heldGrams, question.bigrams.length));
  const keyWeight = (key: (typeof names)[number]) => weights.terms.get(key.term) ?? 1;
  const keyTotal = question.keyTerms.reduce((sum, key) => sum + keyWeight(key), 0);
  set('countInPassage', counted && holdsCount(passage, question.counter as string) ? 1 : 0);
  set('numberInPassage', question.counter === '' && holdsCount(passage, '') ? 1 : 0);
  set('detailInPassage', holdsDetail.includes(true) ? 1 : 0);
  set('keyTermShare', share(question.keyTerms.filter(hasName(passage)).reduce((sum, key) => sum + keyWeight(key), 0), keyTotal));
  return { features, sentences, spanCoverage };
}

/** Counts are matched in half-width digits; most sentences have no full-width forms to fold, so they are not copied. */
function widthNormal(text: string): string {
  return /[\uFF00-\uFFEF]/u.test(text) ? normalizeText(text) : text;
}

const featureIndex = Object.fromEntries(featureNames.map((name, index) => [name, index])) as Record<FeatureName, number>;

/** A sentence's matches without synonym spellings: what matchSentence gives for the own weights. */
function ownMatches(match: SentenceMatches, weights: IdfWeights): SentenceMatches {
  return { terms: match.terms.filter((term) => !weights.standsFor.has(term)), grams: match.grams.filter((gram) => !weights.standsFor.has(gram)) };
}

/** The weights without synonym spellings: what the question's own words find. */
function ownTokens(tokens: ReadonlyMap<string, number>, weights: IdfWeights): Map<string, number> {
  return new Map([...tokens].filter(([token]) => !weights.standsFor.has(token)));
}
