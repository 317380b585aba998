/**
 * The real Slack adapter (Bolt, HTTP mode) listening on 127.0.0.1, its Web API
 * client pointed at the fake Slack API, and helpers to send it signed requests.
 */
import { createSlackAdapter } from '../../src/adapters/slack/adapter.ts';
import type { FeedbackConfig } from '../../src/config.ts';
import type { Kiji } from '../../src/core/kiji.ts';
import { type FakeSlackApi, startFakeSlackApi } from './fake-slack-api.ts';
import { type RecordingLogger, createRecordingLogger } from '../support/recording-logger.ts';
import { postSigned } from './signed-request.ts';

export const signingSecret = 'test-signing-secret-0123456789abcdef';
export const botToken = 'xoxb-test-bot-token';

export interface SlackHarness {
  fake: FakeSlackApi;
  logger: RecordingLogger;
  /** http://127.0.0.1:{port}/slack/events */
  url: string;
  sendJson(body: string, options?: { timestamp?: number; headers?: Record<string, string>; secret?: string }): Promise<{ status: number; text: string }>;
  sendForm(body: string, options?: { timestamp?: number; headers?: Record<string, string>; secret?: string }): Promise<{ status: number; text: string }>;
  stop(): Promise<void>;
}

export async function startSlackHarness(kiji: Kiji, options: { rateLimitPerMinute?: number; feedback?: FeedbackConfig } = {}): Promise<SlackHarness> {
  const fake = await startFakeSlackApi();
  const logger = createRecordingLogger();
  const adapter = createSlackAdapter(
    { mode: 'http', botToken, apiUrl: fake.apiUrl, signingSecret, port: 0 },
    kiji,
    logger,
    { rateLimitPerMinute: options.rateLimitPerMinute ?? 1000, host: '127.0.0.1', ...(options.feedback ? { feedback: options.feedback } : {}) },
  );
  const started = await adapter.start();
  if (started.mode !== 'http') throw new Error('expected HTTP mode');
  const url = `http://127.0.0.1:${started.port}/slack/events`;
  const send =
    (contentType: 'application/json' | 'application/x-www-form-urlencoded') =>
    (body: string, sendOptions: { timestamp?: number; headers?: Record<string, string>; secret?: string } = {}) =>
      postSigned(url, body, { contentType, ...sendOptions, secret: sendOptions.secret ?? signingSecret });
  return {
    fake,
    logger,
    url,
    sendJson: send('application/json'),
    sendForm: send('application/x-www-form-urlencoded'),
    async stop() {
      await adapter.stop();
      await fake.close();
    },
  };
}
