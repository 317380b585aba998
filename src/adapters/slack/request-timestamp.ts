/**
 * Slack's replay guard, both ways. Bolt refuses a request whose
 * X-Slack-Request-Timestamp is more than 5 minutes old, but not one dated in
 * the future, so a captured request signed with a future timestamp would stay
 * replayable until that time comes. Slack's guidance is |now − ts| > 5 min:
 * this wraps Bolt's request listener and refuses the future half (401, as
 * Bolt answers a stale one) before Bolt verifies the signature.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from '../../logger.ts';

/** Slack's window: five minutes either side of now. */
export const maxClockSkewSeconds = 5 * 60;

export function refuseFutureRequests(listener: RequestListener, logger: Logger, now: () => number = Date.now): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    const raw = request.headers['x-slack-request-timestamp'];
    const timestamp = typeof raw === 'string' ? Number(raw) : Number.NaN;
    if (Number.isFinite(timestamp) && timestamp - Math.floor(now() / 1000) > maxClockSkewSeconds) {
      logger.warn('refused a request timestamped in the future (more than 5 minutes ahead)', { aheadSeconds: Math.round(timestamp - now() / 1000) });
      response.writeHead(401).end();
      return;
    }
    listener(request, response);
  };
}
