/**
 * The answerability score: a logistic model over named features of a
 * question and the best passage found for it (see judge-answerable.ts for
 * what the findings are). Weights, bias and threshold are fitted by
 * `npm run fit` and stored in answerability-weights.json.
 */
import { z } from 'zod';
import fitted from './answerability-weights.json' with { type: 'json' };
import type { AnalyzedQuestion, KeyTerm } from '../question/question.ts';
import { featureNames as rankingFeatures } from './features.ts';
import { kindsWithTags } from '../question/answer-kind.ts';
import type { Findings } from './judge-answerable.ts';
import { holdsCount } from './holds-count.ts';
import { wantedDetails } from './wanted-detail.ts';

export const answerabilityFeatureNames = [
  /** Share of the words the articles use that the best passage holds, each by its idf here (verbs half). */
  'coverage',
  /** The same share with each word weighted by how unusual it is in Japanese. */
  'rareCoverage',
  /**
   * Share of the question, weighted the same way, held by nouns no article uses. Not
   * by idf here: a word no article uses has the corpus's highest idf however
   * ordinary it is (お金, 票数), and so refused questions on its own.
   */
  'unknownRareShare',
  /** The ranker's score of the best passage, and its lead over the second. */
  'bestScore',
  'margin',
  /** The best sentence's coverage (the ranker's feature). */
  'sentenceCoverage',
  /** The question asks for a date, place, person or number and the best passage holds none. */
  'wantedMissing',
  /** The question asks for a weekday, reason or name (wanted-detail.ts) and no sentence of the best passage holds one. */
  'detailMissing',
  /** The best sentence lacks the kind or detail asked for (another sentence of the passage may hold it). */
  'wantedMissingInBest',
  /** The most unusual common noun of the question that the best passage lacks (its rarity, 0 when none). */
  'missingNounRarity',
  /** The same noun's weight by its idf here (over the most an idf can be): the articles use it, elsewhere than the best passage (議長 in articles that never say who chaired). */
  'missingNounIdf',
  /** Relations the best passage fails (see judge-answerable.ts). */
  'unrelatedPair',
  'officeAbsent',
  /** The best passage does not state the year asked about or name the office-holders asked about (satisfiesAsked); another candidate does. */
  'askedMissingInBest',
  'nameOutsideArticle',
  'countMissing',
  /** The question asks for a quantity and neither the best sentence nor the next one states it. */
  'countMissingInBest',
  /** Share of all the question's key terms, each by its rarity, that the best passage holds (rareCoverage counts only those the articles use). */
  'wholeCoverage',
  /**
   * How specific the words the articles use are: the rarest one's idf over
   * the most an idf can be here. 中国, 外相 in a corpus about them pin down
   * nothing, so a noun the articles lack carries the question.
   */
  'knownSpecificity',
  /** unknownRareShare where the rest is unspecific: the two together. */
  'unknownWhereGeneric',
  /** log of how many key terms the question has, and the share of them that are names or numbers. */
  'keyCount',
  'namesShare',
] as const;

const Schema = z.object({ version: z.number().int(), features: z.array(z.string()), weights: z.array(z.number()), bias: z.number(), threshold: z.number() });

export interface Answerability {
  weights: Float64Array;
  bias: number;
  /** Answer when the probability is at least this. */
  threshold: number;
}

export function answerabilityFrom(stored: unknown): Answerability {
  const parsed = Schema.parse(stored);
  if (parsed.features.join() !== answerabilityFeatureNames.join()) throw new Error('answerability weights are for other features: run npm run fit');
  return { weights: Float64Array.from(parsed.weights), bias: parsed.bias, threshold: parsed.threshold };
}

let shipped: Answerability | undefined;

export function defaultAnswerability(): Answerability {
  shipped ??= answerabilityFrom(fitted);
  return shipped;
}

export function probabilityWith(model: Answerability, features: Float64Array): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i += 1) z += (model.weights[i] ?? 0) * (features[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

export function answerabilityFeatures(question: AnalyzedQuestion, findings: Findings): Float64Array {
  const { keys, unknown, best, second, failed } = findings;
  const weightOf = (key: KeyTerm) => findings.idfOf(key) * (key.noun ? 1 : 0.5);
  const sum = (list: readonly KeyTerm[], weight: (key: KeyTerm) => number) => list.reduce((total, key) => total + weight(key), 0);
  const knownKeys = keys.filter((key) => !unknown.includes(key));
  const found = knownKeys.filter(findings.inBest);
  const rarity = (key: KeyTerm) => key.rarity;
  const features = new Float64Array(answerabilityFeatureNames.length);
  const set = (name: (typeof answerabilityFeatureNames)[number], value: number) => {
    features[answerabilityFeatureNames.indexOf(name)] = value;
  };
  set('coverage', sum(found, weightOf) / (sum(knownKeys, weightOf) || 1));
  set('rareCoverage', sum(found, rarity) / (sum(knownKeys, rarity) || 1));
  // Nouns only: verbs are paraphrased (言う for 述べる) more often than not.
  set('unknownRareShare', sum(unknown.filter((key) => key.noun), rarity) / (sum(keys, rarity) || 1));
  set('bestScore', best?.score ?? 0);
  set('margin', best && second ? best.score - second.score : 0);
  const rankerFeature = (name: (typeof rankingFeatures)[number]) => best?.features[rankingFeatures.indexOf(name)] ?? 0;
  set('sentenceCoverage', rankerFeature('sentenceCoverage'));
  set('wantedMissing', kindsWithTags.has(question.kind) && best !== undefined && !best.sentences.some((sentence) => sentence.wanted) ? 1 : 0);
  const asksDetail = wantedDetails(question).length > 0;
  const bestSentence = best?.sentences.reduce<(typeof best.sentences)[number] | undefined>((top, sentence) => (!top || sentence.coverage > top.coverage ? sentence : top), undefined);
  const bestText = bestSentence ? (findings.sentenceText(bestSentence.index) ?? '') : '';
  // The ranker already matched the detail patterns against every sentence of the passage.
  set('detailMissing', asksDetail && best !== undefined && rankerFeature('detailInPassage') === 0 ? 1 : 0);
  const asksSomething = kindsWithTags.has(question.kind) || asksDetail;
  set('wantedMissingInBest', asksSomething && bestSentence !== undefined && !bestSentence.wanted ? 1 : 0);
  set('missingNounRarity', Math.max(0, ...knownKeys.filter((key) => key.noun && !key.exact && !findings.inBest(key)).map(rarity)));
  set('missingNounIdf', Math.max(0, ...knownKeys.filter((key) => key.noun && !key.exact && !findings.inBest(key)).map((key) => findings.idfOf(key) / (findings.maxIdf || 1))));
  set('unrelatedPair', failed.unrelatedPair ? 1 : 0);
  set('officeAbsent', failed.officeAbsent ? 1 : 0);
  set('askedMissingInBest', failed.askedMissingInBest ? 1 : 0);
  set('nameOutsideArticle', failed.nameOutsideArticle ? 1 : 0);
  set('countMissing', failed.countMissing ? 1 : 0);
  const nextText = bestSentence ? (findings.sentenceText(bestSentence.index + 1) ?? '') : '';
  set('countMissingInBest', question.counter !== null && bestSentence !== undefined && !holdsCount(`${bestText}\n${nextText}`, question.counter) ? 1 : 0);
  set('wholeCoverage', sum(found, rarity) / (sum(keys, rarity) || 1));
  const specificity = findings.specificity;
  set('knownSpecificity', specificity);
  set('unknownWhereGeneric', (features[answerabilityFeatureNames.indexOf('unknownRareShare')] ?? 0) * (1 - specificity));
  set('keyCount', Math.log1p(keys.length) / 3);
  set('namesShare', keys.filter((key) => key.exact).length / (keys.length || 1));
  return features;
}
