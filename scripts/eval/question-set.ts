/**
 * Our own question sets (tests/questions/*.jsonl), one JSON object a line:
 * {"id", "q", "answerable", "article", "answers"}. An answerable question
 * names the article that answers it and short spans any correct first quote
 * must contain; an unanswerable one has no article and no spans.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';

export const QuestionSchema = z
  .strictObject({
    id: z.string().min(1),
    q: z.string().min(1),
    answerable: z.boolean(),
    article: z.string().min(1).nullable(),
    answers: z.array(z.string().min(1)),
  })
  .refine((question) => (question.answerable ? question.article !== null && question.answers.length > 0 : question.article === null && question.answers.length === 0), {
    message: 'an answerable question needs an article and answer spans; an unanswerable one has neither',
  });
export type Question = z.infer<typeof QuestionSchema>;

/** Reads and validates a set; an error names the file and line. */
export async function loadQuestionSet(path: string): Promise<Question[]> {
  const lines = (await readFile(path, 'utf8')).split('\n');
  const questions: Question[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const parsed = QuestionSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${path}:${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid question'}`);
    questions.push(parsed.data);
  }
  return questions;
}

/** Spans and quotes are compared without width or spacing differences (ＡＳＥＡＮ = ASEAN). */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

export function containsAnswer(quote: string, answers: readonly string[]): boolean {
  const haystack = normalizeForMatch(quote);
  return answers.some((answer) => haystack.includes(normalizeForMatch(answer)));
}
