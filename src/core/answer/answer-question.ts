/**
 * The path of one analysed question: rank passages, judge whether they
 * answer, compose the Answer.
 */
import type { Answer } from '../answer.ts';
import type { PassageSource } from '../../corpus/article.ts';
import { composeAnswer } from './compose-answer.ts';
import { judgeAnswerable } from './judge-answerable.ts';
import type { PassageIndex } from '../engine/passage-index.ts';
import type { AnalyzedQuestion } from '../question/question.ts';
import { passageTexts } from './passage-texts.ts';
import { rankPassages } from './rank-passages.ts';
import type { Ranker } from './ranker.ts';

export interface AnswerContext {
  index: PassageIndex;
  sources: ReadonlyMap<string, PassageSource>;
  /** Normalised text of the whole article a passage belongs to. */
  articleText: (passageId: string) => string;
  /** The fitted ranker's weights (default: the shipped ones). */
  ranker?: Ranker;
}

export function answerQuestion(question: AnalyzedQuestion, context: AnswerContext, top: number): Answer {
  const texts = passageTexts(context.sources, context.articleText);
  const positionOf = (id: string) => context.sources.get(id)?.passage.position ?? 0;
  const ranked = rankPassages(question, context.index, texts, { ranker: context.ranker, positionOf });
  const verdict = judgeAnswerable(question, ranked, context.index, texts);
  return composeAnswer(question, ranked, verdict, (id) => context.sources.get(id), top);
}
