/**
 * The path of one analysed question: rank passages, judge whether they
 * answer, compose the Answer.
 */
import type { Answer } from '../answer.ts';
import type { PassageSource } from '../../corpus/article.ts';
import { composeAnswer } from './compose-answer.ts';
import { judgeAnswerable, satisfiesAsked } from './judge-answerable.ts';
import type { PassageIndex } from '../engine/passage-index.ts';
import type { AnalyzedQuestion } from '../question/question.ts';
import { passageTexts, type Texts } from './passage-texts.ts';
import { rankPassages, type RankedPassage, type RankOptions } from './rank-passages.ts';
import type { Ranker } from './ranker.ts';

export interface AnswerContext {
  index: PassageIndex;
  sources: ReadonlyMap<string, PassageSource>;
  /** The fitted ranker's weights (default: the shipped ones). */
  ranker?: Ranker;
}

export function answerQuestion(question: AnalyzedQuestion, context: AnswerContext, top: number): Answer {
  const texts = passageTexts(context.sources);
  const positionOf = (id: string) => context.sources.get(id)?.passage.position ?? 0;
  const ranked = rankAbout(question, context.index, texts, { ranker: context.ranker, positionOf });
  const verdict = judgeAnswerable(question, ranked, context.index, texts);
  return composeAnswer(question, ranked, verdict, (id) => context.sources.get(id), top);
}

/** Ranked passages, without those that state another year or quote another office-holder than asked (when any does not). */
export function rankAbout(question: AnalyzedQuestion, index: PassageIndex, texts: Texts, options: RankOptions): RankedPassage[] {
  const ranking = rankPassages(question, index, texts, options);
  const about = ranking.filter((passage) => satisfiesAsked(question, passage.id, texts));
  return about.length > 0 ? about : ranking;
}
