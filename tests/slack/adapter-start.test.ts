import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../src/adapters/slack/adapter.ts';
import { PlatformError } from '../../src/errors.ts';
import { createFakeKiji, samplePassages } from '../support/fake-kiji.ts';
import { startFakeSlackApi } from './fake-slack-api.ts';
import { createRecordingLogger } from '../support/recording-logger.ts';

const adapterAt = (apiUrl: string) =>
  createSlackAdapter({ mode: 'http', botToken: 'xoxb-revoked', apiUrl, signingSecret: 'secret', port: 0 }, createFakeKiji({ passages: samplePassages }), createRecordingLogger(), {
    rateLimitPerMinute: 5,
    host: '127.0.0.1',
  });

/** A URL nothing listens on: a port that was free a moment ago. */
async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/api/`;
}

describe('Slack adapter start-up', () => {
  it('fails with an error naming SLACK_BOT_TOKEN when Slack refuses the token, without listening', async () => {
    const fake = await startFakeSlackApi();
    fake.failNext('auth.test', 'invalid_auth');
    const failure = await adapterAt(fake.apiUrl).start().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PlatformError);
    expect((failure as Error).message).toMatch(/^Slack refused SLACK_BOT_TOKEN \(auth\.test: invalid_auth\)/);
    expect((failure as Error).message).not.toContain('xoxb-revoked');
    await fake.close();
  });

  it('says Slack could not be reached, not that the token is wrong, when nothing answers', async () => {
    const url = await deadUrl();
    const failure = await adapterAt(url).start().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PlatformError);
    expect((failure as Error).message).toMatch(new RegExp(`^could not reach Slack at ${url.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(auth\\.test: .*ECONNREFUSED.*\\); check the network and SLACK_API_URL$`));
    expect((failure as Error).message).not.toContain('SLACK_BOT_TOKEN');
  });
});
