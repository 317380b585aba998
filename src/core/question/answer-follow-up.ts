/**
 * A question with its conversation: read as a follow-up when it is one (see
 * follow-up.ts), answered through the usual path, and the Answer says what
 * was taken from the earlier questions. A follow-up that the context does
 * not help is answered as if asked alone, which usually means refused as
 * before: kiji never quotes an answer to the earlier question for it.
 */
import type { Analyzer } from '../analysis/analyzer.ts';
import type { SynonymTable } from '../analysis/synonyms.ts';
import type { Answer, Language } from '../answer.ts';
import { maxQuestionLength } from '../kiji.ts';
import { readFollowUp } from './follow-up.ts';

/** Answers one self-contained question text; throws QuestionError for an empty or over-long one. */
export type AnswerText = (text: string) => Answer;

const noEarlierQuestion: Record<Language, string> = {
  ja: '前の質問は覚えていないため、「それ」などが何を指すか分かりません。前の回答のスレッドで返信するか、名前を入れて質問してください。',
  en: 'Earlier questions are not remembered here, so "it" or "that" cannot be resolved. Reply in the thread of the earlier answer, or name what you mean.',
};

export function answerFollowUp(
  question: string,
  context: readonly string[],
  answerText: AnswerText,
  analyzer: Analyzer,
  synonyms: SynonymTable,
): Answer {
  const trimmed = question.trim();
  const reading = trimmed === '' ? null : readFollowUp(trimmed, context, analyzer, synonyms);
  if (reading !== null && reading.used.length > 0 && reading.text.length <= maxQuestionLength) {
    const read = answerText(reading.text);
    if (read.answered) {
      return { ...read, question: trimmed, usedContext: { questions: reading.used, terms: reading.terms, readAs: reading.text } };
    }
  }
  const alone = answerText(question);
  // 「それはいつ？」 with nothing before it: say why, instead of only "no searchable words".
  if (!alone.answered && reading?.refersBack && reading.used.length === 0 && context.length === 0) {
    return { ...alone, reason: `${alone.reason}\n${noEarlierQuestion[alone.language]}` };
  }
  return alone;
}
