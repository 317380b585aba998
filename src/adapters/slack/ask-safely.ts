/**
 * The one place where the Slack adapter handles errors: every question,
 * whichever way it arrived, goes through here. A rate-limited user and a bad
 * question get a friendly message; anything else is logged with a request id
 * and answered with an apology, and never escapes to crash the app.
 */
import { randomUUID } from 'node:crypto';
import type { Answer, Language, Kiji } from '../../core/index.ts';
import type { Logger } from '../../logger.ts';
import { describeFailure, guessLanguage, messages } from '../shared/messages.ts';
import type { RateLimiter } from '../shared/rate-limiter.ts';

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
  /** Rate-limit key: team and user. */
  user: string;
  /** What triggered it, for the logs: command, mention, dm, share. */
  via: string;
  /** Skip the rate limit (sharing an answer already counted when it was asked). */
  unlimited?: boolean;
}

export type AskSafely = (request: AskRequest) => Promise<Outcome>;

export function createAskSafely(kiji: Kiji, limiter: RateLimiter, logger: Logger, top = 3): AskSafely {
  return async ({ question, user, via, unlimited = false }) => {
    const requestId = randomUUID().slice(0, 8);
    const language = guessLanguage(question);
    if (!unlimited) {
      const taken = limiter.take(user);
      if (!taken.allowed) {
        logger.info('rate limited', { requestId, via, user });
        return { requestId, kind: 'refused', text: messages[language].rateLimited(Math.max(1, Math.ceil(taken.retryAfterMs / 1000))), language };
      }
    }
    const started = performance.now();
    try {
      const answer = await kiji.ask(question, { top });
      logger.info('answered', {
        requestId,
        via,
        answered: answer.answered,
        citations: answer.answered ? answer.citations.length : 0,
        ms: Math.round(performance.now() - started),
      });
      return { requestId, kind: 'answer', answer };
    } catch (error) {
      const failure = describeFailure(error, language);
      if (failure.known) {
        logger.info('question refused', { requestId, via, error });
        return { requestId, kind: 'problem', text: failure.text, language, failed: false };
      }
      logger.error('ask failed', { requestId, via, error });
      if (error instanceof Error) logger.debug('ask failed: stack', { requestId, stack: error.stack });
      return { requestId, kind: 'problem', text: failure.text, language, failed: true };
    }
  };
}
