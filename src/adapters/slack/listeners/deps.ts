/** What every listener is handed: the guarded ask, the once-only memory, the feedback log and a logger. */
import type { Kiji } from '../../../core/index.ts';
import type { Logger } from '../../../logger.ts';
import type { FeedbackLog } from '../../shared/feedback-log.ts';
import type { AskSafely } from '../../shared/ask-safely.ts';
import type { Once } from '../once.ts';

export interface ListenerDeps {
  askSafely: AskSafely;
  once: Once;
  logger: Logger;
  /** For help screens: the articles and example questions. */
  kiji: Kiji;
  /** Where 👍/👎 go; null hides the buttons. */
  feedback: FeedbackLog | null;
}

/**
 * Sends a reply, logging (never throwing) when Slack refuses it: the answer is
 * lost but the app keeps serving everyone else.
 */
export async function deliver(logger: Logger, requestId: string, via: string, send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch (error) {
    logger.error('could not post the reply to Slack', { requestId, via, error });
  }
}

/** Rate-limit key: one bucket per person per workspace. */
export function userKey(teamId: string | undefined, userId: string): string {
  return `${teamId ?? '?'}:${userId}`;
}
