/**
 * The guarded ask every chat adapter goes through, whichever way a question
 * arrived (a Discord /ask, a Slack command, mention, DM or share button):
 * the per-user rate limit, the language guess for whatever is said back, the
 * one error boundary, and the log lines. A rate-limited user and a bad
 * question get a friendly message; anything else is logged with a request id
 * and answered with an apology showing that id, and never escapes to crash
 * the bot. Adapters only render the Outcome.
 */
import { randomUUID } from 'node:crypto';
import { defaultTop, type Answer, type Kiji, type Language } from '../../core/index.ts';
import type { Logger } from '../../logger.ts';
import { describeFailure, guessLanguage, messages } from './messages.ts';
import type { RateLimiter } from './rate-limiter.ts';

/** `requestId` ties the reply to its log lines. */
export type Outcome = { requestId: string } & (
  | { kind: 'answer'; answer: Answer }
  /** Only the asker should see this (rate limit). */
  | { kind: 'refused'; text: string; language: Language }
  /** The question could not be answered; `failed` marks an unexpected error (show the request id). */
  | { kind: 'problem'; text: string; language: Language; failed: boolean }
);

export interface AskRequest {
  question: string;
  /** Rate-limit key, e.g. Slack's team and user, Discord's user id. */
  user: string;
  /** What triggered it, for the logs: command, mention, dm, share, discord. */
  via: string;
  /** Skip the rate limit (sharing an answer already counted when it was asked). */
  unlimited?: boolean;
  /**
   * Runs once the rate limit lets the question through, before the core is
   * asked: Discord acknowledges the interaction here (3-second window), so a
   * refused question is answered at once instead of being deferred first.
   */
  accepted?: () => Promise<void>;
  /** Added to every log line about this question (e.g. the Discord interaction id). */
  fields?: Record<string, unknown>;
  /** Earlier questions of the thread or reply chain, oldest first: a follow-up is read with them. */
  context?: readonly string[];
}

export type AskSafely = (request: AskRequest) => Promise<Outcome>;

export interface AskSafelyDeps {
  kiji: Kiji;
  limiter: RateLimiter;
  logger: Logger;
  /** Citations per answer (default: the core's). */
  top?: number;
  /** Clock for the logged duration. */
  now?: () => number;
}

export function createAskSafely({ kiji, limiter, logger, top = defaultTop, now = () => performance.now() }: AskSafelyDeps): AskSafely {
  return async ({ question, user, via, unlimited = false, accepted, fields: extra = {}, context = [] }) => {
    const requestId = randomUUID().slice(0, 8);
    const fields = { requestId, via, ...extra };
    const language = guessLanguage(question);
    if (!unlimited) {
      const taken = limiter.take(user);
      if (!taken.allowed) {
        const seconds = Math.max(1, Math.ceil(taken.retryAfterMs / 1000));
        logger.info('rate limited', { ...fields, retryAfterSeconds: seconds });
        return { requestId, kind: 'refused', text: messages[language].rateLimited(seconds), language };
      }
    }
    const started = now();
    try {
      await accepted?.();
      const answer = await kiji.ask(question, { top, context });
      // The question itself is not logged: it is the user's words, not ours to keep.
      logger.info('answered', {
        ...fields,
        answered: answer.answered,
        citations: answer.answered ? answer.citations.length : 0,
        followUp: answer.answered && answer.usedContext !== undefined,
        ms: Math.round(now() - started),
      });
      return { requestId, kind: 'answer', answer };
    } catch (error) {
      const failure = describeFailure(error, language);
      if (failure.known) {
        logger.info('question refused', { ...fields, error });
        return { requestId, kind: 'problem', text: failure.text, language, failed: false };
      }
      logger.error('ask failed', { ...fields, error });
      if (error instanceof Error) logger.debug('ask failed: stack', { requestId, stack: error.stack });
      return { requestId, kind: 'problem', text: failure.text, language, failed: true };
    }
  };
}
