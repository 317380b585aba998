/**
 * The question set `npm run feedback` writes from 👎 votes, and how `npm run
 * eval -- --feedback FILE` scores it. A 👎 says an answer was wrong, not
 * what the right one is, so a fresh line is unlabelled (`answerable: null`)
 * and carries what was voted down. Unlabelled questions are not scored for
 * accuracy; eval reports whether kiji still gives the answer people voted
 * down (the same first passage, or a refusal again) or now answers
 * differently, which a person must then judge. Once someone fills in
 * `answerable`, `article` and `answers` (the same fields as every other set,
 * see question-set.ts), the line is scored like any other question.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Kiji } from '../../src/core/index.ts';
import type { Logger } from '../../src/logger.ts';
import { QuestionSchema, type Question } from './question-set.ts';

export const DownvotedSchema = z.strictObject({
  /** Whether kiji quoted anything when it was voted down. */
  answered: z.boolean(),
  /** The passages it cited then, best first. */
  passages: z.array(z.string()),
  /** The reasons people gave, newest last. */
  reasons: z.array(z.string()),
  votes: z.number().int().positive(),
});

export const FeedbackQuestionSchema = z.strictObject({
  id: z.string().min(1),
  q: z.string().min(1),
  /** null until a person labels it. */
  answerable: z.boolean().nullable(),
  article: z.string().min(1).nullable(),
  answers: z.array(z.string().min(1)),
  downvoted: DownvotedSchema,
});
export type FeedbackQuestion = z.infer<typeof FeedbackQuestionSchema>;

export async function loadFeedbackSet(path: string): Promise<FeedbackQuestion[]> {
  const lines = (await readFile(path, 'utf8')).split('\n');
  const questions: FeedbackQuestion[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const parsed = FeedbackQuestionSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${path}:${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid question'}`);
    questions.push(parsed.data);
  }
  return questions;
}

/** Labelled lines as ordinary questions (validated like any set); the rest stay unlabelled. */
export function splitLabelled(questions: readonly FeedbackQuestion[]): { labelled: Question[]; unlabelled: FeedbackQuestion[] } {
  const labelled: Question[] = [];
  const unlabelled: FeedbackQuestion[] = [];
  for (const question of questions) {
    if (question.answerable === null) {
      unlabelled.push(question);
      continue;
    }
    const { downvoted: _, ...plain } = question;
    const parsed = QuestionSchema.safeParse(plain);
    if (!parsed.success) throw new Error(`${question.id}: ${parsed.error.issues[0]?.message ?? 'invalid label'}`);
    labelled.push(parsed.data);
  }
  return { labelled, unlabelled };
}

export interface Comparison {
  question: FeedbackQuestion;
  /** still: the voted-down answer again; changed: another first passage; abstains / answers: refused now, or answers a question refused then. */
  now: 'still' | 'changed' | 'abstains' | 'answers';
  firstPassage: string | null;
}

export async function compareWithVotes(kiji: Kiji, questions: readonly FeedbackQuestion[], logger: Logger): Promise<Comparison[]> {
  const comparisons: Comparison[] = [];
  for (const question of questions) {
    // The core directly, not the JSON contract: the comparison needs passage ids, which the contract leaves out.
    const answer = await kiji.ask(question.q, { top: 3 }).catch((error: unknown) => {
      logger.warn('feedback question failed', { id: question.id, error });
      return null;
    });
    const first = answer?.answered ? (answer.citations[0] ?? null) : null;
    const voted = question.downvoted;
    let now: Comparison['now'];
    if (first === null) now = voted.answered ? 'abstains' : 'still';
    else if (!voted.answered) now = 'answers';
    else now = first.passageId === voted.passages[0] ? 'still' : 'changed';
    comparisons.push({ question, now, firstPassage: first?.passageId ?? null });
  }
  return comparisons;
}

export function reportComparisons(comparisons: readonly Comparison[]): string[] {
  const count = (now: Comparison['now']) => comparisons.filter((comparison) => comparison.now === now).length;
  return [
    `  ${'still voted-down'.padEnd(18)}${String(count('still')).padStart(5)}    the same first passage as when voted 👎, or refused again`,
    `  ${'changed'.padEnd(18)}${String(count('changed')).padStart(5)}    another first passage: judge it, then label the line`,
    `  ${'now abstains'.padEnd(18)}${String(count('abstains')).padStart(5)}    refused now (right if the articles cannot answer)`,
    `  ${'now answers'.padEnd(18)}${String(count('answers')).padStart(5)}    refused then, answered now`,
  ];
}
