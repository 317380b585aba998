/**
 * Near misses: the passage matches the question's words but not the
 * particular it pins down. A numbered qualifier of the question (第3期,
 * 2025年, 1等) that the passage does not state, while it states another
 * number of the same counter (第1期, 2024年): the passage is about a
 * neighbour of the thing asked. A feature of the answerability score
 * (answerability.ts); on normalised text (NFKC, lower case).
 */
import type { AnalyzedQuestion } from '../question/question.ts';

/** A number with the one character after it (its counter: 期, 回, 等, 年, 号), 第 kept when written. */
const numbered = /(第)?(?<![0-9.,])([0-9]+)(?![0-9.,])([\p{Script=Han}\p{Script=Katakana}])/gu;

/** The question's numbered qualifiers as written (第3期, 2025年) with their counter and whether 第 leads. */
function qualifiers(question: AnalyzedQuestion): { written: string; counter: string; ordinal: boolean }[] {
  return [...question.normalized.matchAll(numbered)].map((match) => ({ written: match[0], counter: match[3] ?? '', ordinal: match[1] !== undefined }));
}

/** A numbered qualifier of the question the passage does not state as written, while it states another number of the same counter. */
export function otherNumberStated(question: AnalyzedQuestion, passageText: string): boolean {
  return qualifiers(question).some(({ written, counter, ordinal }) => {
    if (passageText.includes(written)) return false;
    const other = new RegExp(`${ordinal ? '第' : '(?<![0-9])'}[0-9]+${escape(counter)}`, 'u');
    return other.test(passageText);
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
