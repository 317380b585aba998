/**
 * Near misses: the passage matches the question's words but not the
 * particular it pins down. Two general checks, each a feature of the
 * answerability score (answerability.ts):
 * - a numbered qualifier (第3期, 2025年, 1等) the passage does not state,
 *   while it states another number of the same counter (第1期, 2024年);
 * - speech asked of someone named (…は何と話した) where no sentence naming
 *   them, or the one after it, reports speech.
 * All on normalised text (NFKC, lower case).
 */
import { normalizeText } from '../analysis/normalize.ts';
import type { AnalyzedQuestion } from '../question/question.ts';

/** A number with the one character after it (its counter: 期, 回, 等, 年, 号), 第 kept when written. */
const numbered = /(第)?(?<![0-9.,])([0-9]+)(?![0-9.,])([\p{Script=Han}\p{Script=Katakana}])/gu;

/** The question's numbered qualifiers as written (第3期, 2025年) with their counter and whether 第 leads. */
function qualifiers(question: AnalyzedQuestion): { written: string; counter: string; ordinal: boolean }[] {
  return [...question.normalized.matchAll(numbered)].map((match) => ({ written: match[0], counter: match[3] ?? '', ordinal: match[1] !== undefined }));
}

/** The passage states none of the question's numbered qualifiers as written, and another number of the same counter. */
export function otherNumberStated(question: AnalyzedQuestion, passageText: string): boolean {
  return qualifiers(question).some(({ written, counter, ordinal }) => {
    if (passageText.includes(written)) return false;
    const other = new RegExp(`${ordinal ? '第' : '(?<![0-9])'}[0-9]+${escape(counter)}`, 'u');
    return other.test(passageText);
  });
}

/** Asked what someone said. */
const speechAsked = /何と(?:言|述べ|語|話|強調|訴え|発言|答え)|なんと(?:言|述べ|語|話)|どう(?:述べ|語|話|言)|何を(?:語|述べ|話|強調|訴え)|what did .* say/u;
/** Reported speech: a quotation, or a verb of saying after と. */
const speech = /「[^」]+」|と(?:述べ|語|話|強調|訴え|指摘|説明|表明|発言|答え|明らかに)/u;

/**
 * Speech asked of someone the question names (its exact key terms), and in
 * these sentences none that names them, or the one after it, reports speech.
 */
export function speakerSilent(question: AnalyzedQuestion, sentences: readonly string[]): boolean {
  if (!speechAsked.test(question.normalized)) return false;
  const names = question.keyTerms.filter((key) => key.exact && key.quantity === null && !/^[0-9]+$/u.test(key.term));
  if (names.length === 0) return false;
  const normal = sentences.map(normalizeText);
  const naming = (text: string) => names.some((key) => key.equivalents.some((spelling) => text.includes(spelling)));
  return !normal.some((text, at) => naming(text) && (speech.test(text) || speech.test(normal[at + 1] ?? '')));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
