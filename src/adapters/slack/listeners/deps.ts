/** What every listener is handed: the guarded ask, the once-only memory and a logger. */
import type { Logger } from '../../../logger.ts';
import type { AskSafely } from '../../shared/ask-safely.ts';
import type { Once } from '../once.ts';

export interface ListenerDeps {
  askSafely: AskSafely;
  once: Once;
  logger: Logger;
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
