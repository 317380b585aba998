/**
 * The path of one analysed question: rank passages, prefer articles that
 * hold every name asked about, judge whether they answer, compose the Answer.
 */
import type { Answer } from '../answer.ts';
import type { PassageSource } from '../../corpus/article.ts';
import { composeAnswer } from './compose-answer.ts';
import { judgeAnswerable, type Texts } from './judge-answerable.ts';
import { normalizedTextsOf } from './normalized-texts.ts';
import type { PassageIndex } from '../engine/passage-index.ts';
import type { AnalyzedQuestion, KeyTerm } from '../question/question.ts';
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
  // Normal forms are kept per state (normalized-texts.ts); within a question the joined ones are remembered too.
  const normal = normalizedTextsOf(context.sources);
  const texts: Texts = {
    passage: remembered((id) => normal.passage(id)),
    body: remembered((id) => normal.body(id)),
    article: context.articleText,
    title: (id) => normal.title(id),
  };
  const ranked = preferNamingHolders(preferArticlesNamingAll(rankPassages(question, context.index, context.articleText), question, texts), question, texts);
  const verdict = judgeAnswerable(question, ranked, context.index, texts);
  return composeAnswer(question, ranked, verdict, (id) => context.sources.get(id), top);
}

/** The checks ask for the same few passages' texts again and again within one question. */
function remembered(text: (id: string) => string): (id: string) => string {
  const seen = new Map<string, string>();
  return (id) => {
    let value = seen.get(id);
    if (value === undefined) {
      value = text(id);
      seen.set(id, value);
    }
    return value;
  };
}

/**
 * A question about クアラルンプール and SCO is answered from the article
 * about クアラルンプール that mentions SCO, not from another SCO article
 * that happens to score higher. Stable: order is kept within each group.
 */
function preferArticlesNamingAll(ranked: RankedPassage[], question: AnalyzedQuestion, texts: Texts): RankedPassage[] {
  const names = question.keyTerms.filter((key) => key.exact);
  const mentions = (text: string, keys: KeyTerm[]) => keys.every((key) => key.equivalents.some((spelling) => text.includes(spelling)));
  return preferring(ranked, (passage) => names.length >= 2 && mentions(texts.article(passage.id), names));
}

/** What 王毅外相 said is in a passage that names him, even when another outscores it. */
function preferNamingHolders(ranked: RankedPassage[], question: AnalyzedQuestion, texts: Texts): RankedPassage[] {
  const holders = question.holders;
  return preferring(ranked, (passage) => holders.length > 0 && holders.every((key) => key.equivalents.some((spelling) => texts.body(passage.id).includes(spelling))));
}

/** The candidates in the head that satisfy `wanted` first, the rest after, order otherwise kept. */
function preferring(ranked: RankedPassage[], wanted: (passage: RankedPassage) => boolean): RankedPassage[] {
  const head = ranked.slice(0, reordered);
  const first = head.filter(wanted);
  if (first.length === 0 || first[0] === head[0]) return ranked;
  return [...first, ...head.filter((passage) => !first.includes(passage)), ...ranked.slice(reordered)];
}
