/**
 * The path of one analysed question: rank passages, prefer articles that
 * hold every name asked about, judge whether they answer, compose the Answer.
 */
import type { Answer } from './answer.ts';
import { composeAnswer, searchableText, type PassageSource } from './compose-answer.ts';
import { judgeAnswerable, type Texts } from './judge-answerable.ts';
import { normalizeText } from './normalize.ts';
import type { PassageIndex } from './passage-index.ts';
import type { AnalyzedQuestion } from './question.ts';
import { rankPassages, type RankedPassage } from './rank-passages.ts';

export interface AnswerContext {
  index: PassageIndex;
  sources: ReadonlyMap<string, PassageSource>;
  /** Normalised text of the whole article a passage belongs to. */
  articleText: (passageId: string) => string;
}

/** Candidates re-ordered so that articles naming everything asked about come first. */
const reordered = 10;

export function answerQuestion(question: AnalyzedQuestion, context: AnswerContext, top: number): Answer {
  const texts: Texts = {
    passage: (id) => {
      const source = context.sources.get(id);
      return source ? searchableText(source) : '';
    },
    article: context.articleText,
    title: (id) => normalizeText(context.sources.get(id)?.article.title ?? ''),
  };
  const ranked = preferArticlesNamingAll(rankPassages(question, context.index, context.articleText), question, texts);
  const verdict = judgeAnswerable(question, ranked, context.index, texts);
  return composeAnswer(question, ranked, verdict, (id) => context.sources.get(id), top);
}

/**
 * A question about クアラルンプール and SCO is answered from the article
 * about クアラルンプール that mentions SCO, not from another SCO article
 * that happens to score higher. Stable: order is kept within each group.
 */
function preferArticlesNamingAll(ranked: RankedPassage[], question: AnalyzedQuestion, texts: Texts): RankedPassage[] {
  const names = question.keyTerms.filter((key) => key.exact);
  if (names.length < 2) return ranked;
  const head = ranked.slice(0, reordered);
  const namesAll = (passage: RankedPassage) => {
    const article = texts.article(passage.id);
    return names.every((key) => key.equivalents.some((spelling) => article.includes(spelling)));
  };
  const first = head.filter(namesAll);
  if (first.length === 0 || first[0] === head[0]) return ranked;
  return [...first, ...head.filter((passage) => !first.includes(passage)), ...ranked.slice(reordered)];
}
