/**
 * 👍/👎 votes, appended to a JSON-lines file. Each vote is one whole line
 * written by a single appendFile (O_APPEND): concurrent votes never
 * interleave, and a crash loses at most the line being written. User ids are
 * hashed with the configured salt (or left out without one), so the file
 * counts people without naming them. `npm run feedback` reads it.
 */
import { createHash, randomUUID } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FeedbackConfig } from '../../config.ts';

export type Platform = 'slack' | 'discord';

/** What the buttons carry about the answer voted on. */
export interface VotedAnswer {
  /** The question as the user wrote it. */
  question: string;
  /** The question as answered when it was read with earlier ones (a follow-up); else absent. */
  readAs?: string;
  answered: boolean;
  /** The citations shown: number, article and passage. */
  citations: { n: number; article: string; passage: string }[];
}

export interface Vote extends VotedAnswer {
  /**
   * Given when a later line adds to this vote: Discord sends nothing when a
   * modal is dismissed, so a 👎 is written at the click and its reason, if
   * one is sent, as a second line with the same id. Default: a new id.
   */
  id?: string;
  vote: 'up' | 'down';
  /** Why the answer was wrong, when the user said (👎 only). */
  reason: string | null;
  platform: Platform;
  /** The platform's user id; stored only as a salted hash. */
  userId: string;
}

/** One line of the file, as `npm run feedback` reads it. */
export interface FeedbackLine extends VotedAnswer {
  /** One vote; a later line with the same id (a reason sent afterwards) supersedes it. */
  id: string;
  time: string;
  platform: Platform;
  vote: 'up' | 'down';
  reason: string | null;
  /** sha256(salt + platform + user id), first 16 hex digits; null without a salt. */
  user: string | null;
}

export interface FeedbackLog {
  /** Appends the vote; resolves to its id. */
  record(vote: Vote): Promise<string>;
}

/** Longest reason kept, in characters: a modal allows more than a question ever needs. */
export const maxReasonLength = 500;

export function createFeedbackLog(config: FeedbackConfig & { file: string }, now: () => Date = () => new Date()): FeedbackLog {
  let ready: Promise<unknown> | null = null;
  return {
    async record(vote) {
      ready ??= mkdir(dirname(config.file), { recursive: true });
      await ready;
      const line: FeedbackLine = {
        id: vote.id ?? randomUUID(),
        time: now().toISOString(),
        platform: vote.platform,
        vote: vote.vote,
        question: vote.question,
        ...(vote.readAs === undefined ? {} : { readAs: vote.readAs }),
        answered: vote.answered,
        citations: vote.citations,
        reason: vote.reason === null || vote.reason.trim() === '' ? null : vote.reason.trim().slice(0, maxReasonLength),
        user: config.salt === null ? null : hashUser(config.salt, vote.platform, vote.userId),
      };
      // JSON.stringify escapes newlines inside strings: the record is exactly one line.
      await appendFile(config.file, `${JSON.stringify(line)}\n`, { encoding: 'utf8', flag: 'a' });
      return line.id;
    },
  };
}

function hashUser(salt: string, platform: Platform, userId: string): string {
  return createHash('sha256').update(`${salt}\u0000${platform}\u0000${userId}`).digest('hex').slice(0, 16);
}
