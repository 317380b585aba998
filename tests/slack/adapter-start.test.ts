import { describe, expect, it } from 'vitest';
import { createSlackAdapter } from '../../src/adapters/slack/adapter.ts';
import { ConfigError } from '../../src/errors.ts';
import { createFakeKiji, samplePassages } from '../support/fake-kiji.ts';
import { startFakeSlackApi } from './fake-slack-api.ts';
import { createRecordingLogger } from '../support/recording-logger.ts';

describe('Slack adapter start-up', () => {
  it('fails with an error naming SLACK_BOT_TOKEN when Slack refuses the token, without listening', async () => {
    const fake = await startFakeSlackApi();
    fake.failNext('auth.test', 'invalid_auth');
    const adapter = createSlackAdapter(
      { mode: 'http', botToken: 'xoxb-revoked', apiUrl: fake.apiUrl, signingSecret: 'secret', port: 0 },
      createFakeKiji({ passages: samplePassages }),
      createRecordingLogger(),
      { rateLimitPerMinute: 5, host: '127.0.0.1' },
    );
    const failure = await adapter.start().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as Error).message).toMatch(/invalid_auth.*SLACK_BOT_TOKEN and SLACK_API_URL/);
    expect((failure as Error).message).not.toContain('xoxb-revoked');
    await fake.close();
  });
});
