/**
 * The named features of a (question, passage) pair, computed in one place:
 * what the fitted ranker (ranker.ts) weighs and `npm run fit` learns from.
 * Each is a number, mostly 0–1; the order of `featureNames` is the order of
 * the weights in ranker-weights.json.
 */
import { normalizeText } from '../analysis/normalize.ts';
import { holdsWantedKind } from '../question/answer-kind.ts';
import type { AnalyzedQuestion } from '../question/question.ts';
import type { AnalyzedPassage, AnalyzedSentence, PassageHit } from '../engine/passage-index.ts';
import { coverageOf, coverageOfAll, matchSentence, scoreMatches, sentenceCoverages, termsCoverage, type ContextTerms, type IdfWeights, type SentenceMatches, type SpanCoverage } from './coverage.ts';
import type { KeyTerm } from '../question/question.ts';
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

export interface SentenceScore {
  index: number;
  /** Share of the question's idf mass found in the sentence (0–1), with the passage's context terms. */
  coverage: number;
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
  /** The names and numbers asked about (exact key terms), and the weight of all key terms: the same for every candidate. */
  names: readonly KeyTerm[];
  keyTotal: number;
  /**
   * For the bigram share: each question bigram marked with the number of the last candidate whose
   * matches hold it (a Map of fixed keys, updated in place: a Set per candidate cost a table each).
   */
  gramMarks: Map<string, number>;
  /** Candidates described so far with this context. */
  described: number;
}

/** How much a name asked about counts for a passage whose article (not the passage) has it. */
const articleNameWeight = 0.75;

export function questionContext(question: AnalyzedQuestion, weights: IdfWeights, hits: readonly PassageHit[], texts: Texts): QuestionContext {
  const ranks = (score: (hit: PassageHit) => number) => {
    const ranked = new Map<string, number>();
    const sorted = [...hits].sort((a, b) => score(b) - score(a));
    for (let rank = 0; rank < sorted.length; rank += 1) {
      const hit = sorted[rank] as PassageHit;
      ranked.set(hit.id, score(hit) > 0 ? rank : hits.length);
    }
    return ranked;
  };
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
    names: question.keyTerms.filter((key) => key.exact),
    keyTotal: question.keyTerms.reduce((sum, key) => sum + keyWeight(key, weights), 0),
    gramMarks: new Map([...weights.bigrams.keys(), ...question.bigrams].map((gram) => [gram, 0])),
    described: 0,
  };
}

function keyWeight(key: KeyTerm, weights: IdfWeights): number {
  return weights.terms.get(key.term) ?? 1;
}

export function describe(hit: PassageHit, analysis: AnalyzedPassage, position: number, context: QuestionContext): Described {
  const { question, weights, texts, names } = context;
  const passage = texts.passage(hit.id);
  // Title words hold for every sentence under them: a sentence about マーラーの結婚
  // need not repeat マーラー when the article is about him.
  const aroundTerms: string[] = [];
  const aroundFactors: number[] = [];
  for (const name of names) if (weights.terms.has(name.term) && inArticle(texts, hit.id, passage, name.term)) setAround(aroundTerms, aroundFactors, name.term, articleNameWeight);
  for (const term of analysis.title) setAround(aroundTerms, aroundFactors, term, 1);
  const around: ContextTerms = { terms: aroundTerms, factors: aroundFactors };
  // Each sentence is matched against the question once; spans are scored from those matches.
  const analysed = analysis.sentences;
  const matches: SentenceMatches[] = new Array(analysed.length);
  for (let i = 0; i < analysed.length; i += 1) matches[i] = matchSentence(analysed[i] as AnalyzedSentence, weights);
  const spanCoverage = (start: number, end: number) => scoreMatches(start, matches.slice(start, end + 1), weights, around);
  const written = texts.sentences(hit.id);
  // A named counter says what the answer holds more exactly than the number tags do (何本 wants 1万9,000本, not 2025年).
  const counted = question.counter !== null && question.counter !== '';
  // Which written sentences hold every detail pattern asked for (none asked: none tested).
  const { details } = context;
  let detailHeld = false;
  const holdsDetail = details.length === 0 ? noDetails : new Uint8Array(written.length);
  for (let index = 0; index < holdsDetail.length; index += 1) {
    if (!holdsEvery(details, written[index] as string)) continue;
    holdsDetail[index] = 1;
    detailHeld = true;
  }
  const sentences: SentenceScore[] = new Array(analysed.length);
  let bare = 0;
  let best: SentenceScore | undefined;
  let wantedSomewhere = false;
  for (let index = 0; index < analysed.length; index += 1) {
    const wanted =
      (counted ? holdsCount(widthNormal(written[index] ?? ''), question.counter as string) : holdsWantedKind(analysed[index]?.tags ?? [], question)) || holdsDetail[index] === 1;
    const coverages = sentenceCoverages(matches[index] as SentenceMatches, weights, around);
    bare = Math.max(bare, coverages[1] as number);
    const sentence: SentenceScore = { index, coverage: coverages[0] as number, wanted };
    sentences[index] = sentence;
    if (!best || sentence.coverage > best.coverage) best = sentence;
    if (wanted) wantedSomewhere = true;
  }
  let pair = best?.coverage ?? 0;
  for (let start = 0; start + 1 < matches.length; start += 1) pair = Math.max(pair, coverageOf(matches[start] as SentenceMatches, matches[start + 1], weights, around));
  const whole = coverageOfAll(matches, weights, around);
  // What the question's own words find: the same matches without synonym spellings (none when it has none).
  const ownOnly = weights.standsFor.size === 0 ? whole : coverageOfAll(matches.map((match) => ownMatches(match, weights)), context.ownWeights, around);
  const features = new Float64Array(featureNames.length);
  features[at.termBm25] = hit.termScore / context.maxTerm;
  features[at.bigramBm25] = hit.bigramScore / context.maxBigram;
  features[at.termRank] = 1 / (1 + (context.termRanks.get(hit.id) ?? 100));
  features[at.bigramRank] = 1 / (1 + (context.bigramRanks.get(hit.id) ?? 100));
  features[at.sentenceCoverage] = best?.coverage ?? 0;
  features[at.spanCoverage] = pair;
  features[at.passageCoverage] = whole;
  features[at.bareSentenceCoverage] = bare;
  features[at.wantedInBest] = best?.wanted ? 1 : 0;
  features[at.wantedInPassage] = wantedSomewhere ? 1 : 0;
  features[at.titleCoverage] = termsCoverage(analysis.title, weights);
  features[at.headingCoverage] = termsCoverage(analysis.heading, weights);
  features[at.lead] = position === 0 ? 1 : 0;
  features[at.position] = Math.log1p(position) / 3;
  let namesHere = 0;
  let namesAround = 0;
  for (const key of names) {
    if (holdsAny(passage, key.equivalents)) namesHere += 1;
    for (const spelling of key.equivalents) {
      if (inArticle(texts, hit.id, passage, spelling)) {
        namesAround += 1;
        break;
      }
    }
  }
  features[at.namesInPassage] = share(namesHere, names.length);
  features[at.namesInArticle] = share(namesAround, names.length);
  features[at.holdersNamed] = question.holders.length > 0 && holdersIn(texts.body(hit.id), question.holders) ? 1 : 0;
  const found = context.trigrams.found(passage);
  let foundCount = 0;
  for (let i = 0; i < found.length; i += 1) foundCount += found[i] as number;
  features[at.trigramShare] = share(foundCount, context.trigrams.trigrams.length);
  features[at.longestRun] = context.trigrams.longestRun(passage, found) / context.runChars;
  features[at.synonymShare] = Math.max(0, whole - ownOnly);
  features[at.length] = Math.log1p(passage.length) / 6;
  features[at.termBm25Log] = Math.log1p(hit.termScore) / 3;
  features[at.bigramBm25Log] = Math.log1p(hit.bigramScore) / 4;
  // The matches hold every question bigram the sentences do (the weights cover all of the question's).
  const { gramMarks } = context;
  const mark = (context.described += 1);
  for (const match of matches) for (const gram of match.grams) gramMarks.set(gram, mark);
  let gramsHeld = 0;
  for (const gram of question.bigrams) if (gramMarks.get(gram) === mark) gramsHeld += 1;
  features[at.bigramShare] = share(gramsHeld, question.bigrams.length);
  features[at.countInPassage] = counted && holdsCount(passage, question.counter as string) ? 1 : 0;
  features[at.numberInPassage] = question.counter === '' && holdsCount(passage, '') ? 1 : 0;
  features[at.detailInPassage] = detailHeld ? 1 : 0;
  let keyFound = 0;
  for (const key of question.keyTerms) if (holdsAny(passage, key.equivalents)) keyFound += keyWeight(key, weights);
  features[at.keyTermShare] = share(keyFound, context.keyTotal);
  return { features, sentences, spanCoverage };
}


/** As Map.set would: a term already listed keeps its place and takes the new factor. */
function setAround(terms: string[], factors: number[], term: string, factor: number): void {
  const at = terms.indexOf(term);
  if (at >= 0) factors[at] = factor;
  else {
    terms.push(term);
    factors.push(factor);
  }
}

function share(found: number, of: number): number {
  return of === 0 ? 0 : found / of;
}

/** The passage (title, heading, text) is part of its article: a spelling it holds needs no look through the article. */
function inArticle(texts: Texts, id: string, passage: string, spelling: string): boolean {
  return (!spelling.includes('\n') && passage.includes(spelling)) || texts.articleHas(id, spelling);
}

function holdsAny(text: string, spellings: readonly string[]): boolean {
  for (const spelling of spellings) if (text.includes(spelling)) return true;
  return false;
}

function holdersIn(text: string, holders: readonly { equivalents: readonly string[] }[]): boolean {
  for (const holder of holders) if (!holdsAny(text, holder.equivalents)) return false;
  return true;
}

const noDetails = new Uint8Array(0);

function holdsEvery(details: readonly RegExp[], sentence: string): boolean {
  for (const detail of details) if (!detail.test(sentence as string)) return false;
  return true;
}

/** Counts are matched in half-width digits; most sentences have no full-width forms to fold, so they are not copied. */
function widthNormal(text: string): string {
  return /[\uFF00-\uFFEF]/u.test(text) ? normalizeText(text) : text;
}

/** Each feature's place in the vector. */
const at = Object.fromEntries(featureNames.map((name, index) => [name, index])) as Record<FeatureName, number>;

/** A sentence's matches without synonym spellings: what matchSentence gives for the own weights. */
function ownMatches(match: SentenceMatches, weights: IdfWeights): SentenceMatches {
  return { terms: match.terms.filter((term) => !weights.standsFor.has(term)), grams: match.grams.filter((gram) => !weights.standsFor.has(gram)) };
}

/** The weights without synonym spellings: what the question's own words find. */
function ownTokens(tokens: ReadonlyMap<string, number>, weights: IdfWeights): Map<string, number> {
  return new Map([...tokens].filter(([token]) => !weights.standsFor.has(token)));
}
