/**
 * `npm run slack` as an operator meets it: refused tokens and an unreachable
 * Slack end the process with one line and exit code 1 (before the fix it
 * printed its line and lived on, holding the corpus watcher open, and blamed
 * the token for a network failure); SIGTERM with an answer in flight finishes
 * that answer before exiting 0 (before the fix the answer was dropped).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deadPort, startProcess } from '../support/bot-process.ts';
import { type FakeSlackApi, startFakeSlackApi } from './fake-slack-api.ts';
import { postSigned } from './signed-request.ts';
import { directMessage, eventCallback } from './slack-payloads.ts';

let fake: FakeSlackApi;
beforeAll(async () => {
  fake = await startFakeSlackApi();
});
afterAll(async () => fake?.close());

const secret = 'process-secret';
const slack = (env: Record<string, string>) =>
  startProcess('src/adapters/slack/main.ts', { SLACK_BOT_TOKEN: 'xoxb-process-test', KIJI_LOG_LEVEL: 'error', ...env });
const httpMode = async () => ({ SLACK_SIGNING_SECRET: secret, PORT: String(await deadPort()) });
const lines = (stderr: string) => stderr.split('\n').filter((line) => line !== '');

describe('npm run slack when it cannot serve', () => {
  it('a refused bot token: one line naming SLACK_BOT_TOKEN, exit 1', async () => {
    fake.failNext('auth.test', 'invalid_auth');
    const bot = slack({ ...(await httpMode()), SLACK_API_URL: fake.apiUrl });
    expect(await bot.exited).toBe(1);
    expect(lines(bot.stderr)).toEqual([expect.stringMatching(/^kiji slack: Slack refused SLACK_BOT_TOKEN \(auth\.test: invalid_auth\)/)]);
    expect(bot.stderr).not.toContain('xoxb-process-test');
  });

  it('a refused app token (Socket Mode): one line naming SLACK_APP_TOKEN, exit 1', async () => {
    fake.failNext('apps.connections.open', 'invalid_auth');
    const bot = slack({ SLACK_APP_TOKEN: 'xapp-revoked', SLACK_API_URL: fake.apiUrl });
    expect(await bot.exited).toBe(1);
    // Bolt's Socket Mode client logs its own error line first; kiji's is the last, and there is no stack trace.
    expect(lines(bot.stderr).at(-1)).toMatch(/^kiji slack: Slack refused SLACK_APP_TOKEN \(apps\.connections\.open: invalid_auth\)/);
    expect(bot.stderr).not.toMatch(/^\s+at /m);
    expect(bot.stderr).not.toContain('xapp-revoked');
  });

  it('an unreachable Slack: one line saying so, not blaming the token, exit 1', async () => {
    const url = `http://127.0.0.1:${await deadPort()}/api/`;
    const bot = slack({ ...(await httpMode()), SLACK_API_URL: url });
    expect(await bot.exited).toBe(1);
    const [line, ...rest] = lines(bot.stderr);
    expect(rest).toEqual([]);
    expect(line).toMatch(new RegExp(`^kiji slack: could not reach Slack at ${url.replace(/[.?/]/g, '\\$&')} \\(auth\\.test: .*\\); check the network and SLACK_API_URL$`));
    expect(line).not.toContain('SLACK_BOT_TOKEN');
  });
});

describe('npm run slack on SIGTERM', () => {
  it('finishes the answer in flight, then exits 0', async () => {
    const env = await httpMode();
    const bot = slack({ ...env, SLACK_API_URL: fake.apiUrl, KIJI_LOG_LEVEL: 'info' });
    await bot.waitForStderr('listening for Slack requests');
    // Slack rate-limits the answer: the Web API client waits Retry-After (1 s) and posts again.
    fake.rateLimitNext('chat.postMessage', 1);
    const body = eventCallback(directMessage({ text: 'G20外相会合はどこで開かれた？', channel: 'D0DRAIN' }));
    expect((await postSigned(`http://127.0.0.1:${env.PORT}/slack/events`, body, { secret, contentType: 'application/json' })).status).toBe(200);
    const posts = () => fake.calls.filter((call) => call.name === 'chat.postMessage' && call.args.channel === 'D0DRAIN');
    await fake.waitFor((call) => call.name === 'chat.postMessage' && call.args.channel === 'D0DRAIN');
    bot.child.kill('SIGTERM'); // while the client waits to retry
    expect(await bot.exited).toBe(0);
    expect(posts()).toHaveLength(2); // the 429'd one and the retry that delivered the answer
    expect(JSON.stringify(posts()[1]?.args.blocks)).toContain('ヨハネスブルク');
    expect(bot.stderr).toContain('shutting down');
    expect(bot.stderr).not.toContain('still open');
    // It stopped taking requests: nothing listens on the port any more.
    await expect(fetch(`http://127.0.0.1:${env.PORT}/healthz`)).rejects.toThrow();
  });
});
