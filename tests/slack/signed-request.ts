/**
 * Requests signed exactly as Slack signs them: `v0=` + hex HMAC-SHA256 of
 * `v0:{timestamp}:{raw body}` with the app's signing secret, sent in
 * X-Slack-Signature with the timestamp in X-Slack-Request-Timestamp.
 */
import { createHmac } from 'node:crypto';

export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedPostOptions {
  secret: string;
  contentType: 'application/json' | 'application/x-www-form-urlencoded';
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  headers?: Record<string, string>;
}

export async function postSigned(url: string, body: string, options: SignedPostOptions): Promise<{ status: number; text: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': slackSignature(options.secret, timestamp, body),
      ...options.headers,
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}
