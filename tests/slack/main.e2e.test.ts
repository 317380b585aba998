/**
 * `npm run slack` as a process, in HTTP mode with SLACK_API_URL pointed at the
 * fake Slack: it starts without the real Slack, answers a signed DM event over
 * the bundled corpus, serves /healthz, and exits cleanly on SIGTERM.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeSlackApi, startFakeSlackApi } from './fake-slack-api.ts';
import { postSigned } from './signed-request.ts';
import { directMessage, eventCallback } from './slack-payloads.ts';

let fake: FakeSlackApi;

beforeAll(async () => {
  fake = await startFakeSlackApi();
});

afterAll(async () => {
  await fake?.close();
});

/** A port that was free a moment ago: PORT must be a positive number, so 0 will not do. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

describe('npm run slack', () => {
  it('starts against SLACK_API_URL, answers a signed event, and exits on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/adapters/slack/main.ts'], {
      cwd: new URL('../..', import.meta.url),
      env: {
        PATH: process.env.PATH,
        KIJI_ENV_FILE: '',
        SLACK_BOT_TOKEN: 'xoxb-process-test',
        SLACK_SIGNING_SECRET: 'process-secret',
        PORT: String(port),
        SLACK_API_URL: fake.apiUrl,
        KIJI_NO_CACHE: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const listening = new Promise<void>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('listening for Slack requests')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`exited with ${code}: ${stderr}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      await listening;
      expect(fake.calls.find((call) => call.name === 'auth.test')?.token).toBe('xoxb-process-test');

      const body = eventCallback(directMessage({ text: 'G20外相会合はどこで開かれた？', channel: 'D0PROCESS' }));
      const response = await postSigned(`http://127.0.0.1:${port}/slack/events`, body, { secret: 'process-secret', contentType: 'application/json' });
      expect(response.status).toBe(200);
      const posted = await fake.waitFor((call) => call.name === 'chat.postMessage' && call.args.channel === 'D0PROCESS');
      expect(JSON.stringify(posted.args.blocks)).toContain('ヨハネスブルクで開かれているG20外相会合の合間に行われました。');

      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).not.toContain('xoxb-process-test');
    expect(stderr).not.toContain('process-secret');
  });

  it('names a missing variable and exits 1', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/adapters/slack/main.ts'], {
      cwd: new URL('../..', import.meta.url),
      env: { PATH: process.env.PATH, KIJI_ENV_FILE: '', SLACK_BOT_TOKEN: 'xoxb-x' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('SLACK_SIGNING_SECRET is missing');
  });
});
