/**
 * Socket Mode, end to end: with SLACK_API_URL set, start-up asks the fake Web
 * API (auth.test with the bot token, apps.connections.open with the app
 * token), connects to the fake WebSocket, and events and commands pushed over
 * it are acknowledged and answered through the fake Web API.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/adapter.ts';
import { createFakeKiji, samplePassages } from '../support/fake-kiji.ts';
import { type FakeSlackApi, fakeIdentity, startFakeSlackApi } from './fake-slack-api.ts';
import { type FakeSlackSocket, startFakeSlackSocket } from './fake-slack-socket.ts';
import { createRecordingLogger } from '../support/recording-logger.ts';
import { appMention, eventCallback, nextTs, slashCommand } from './slack-payloads.ts';

let socket: FakeSlackSocket;
let fake: FakeSlackApi;
let adapter: SlackAdapter;

beforeAll(async () => {
  socket = await startFakeSlackSocket();
  fake = await startFakeSlackApi({ socketUrl: socket.url });
  adapter = createSlackAdapter(
    { mode: 'socket', botToken: 'xoxb-socket-bot', appToken: 'xapp-socket-app', apiUrl: fake.apiUrl },
    createFakeKiji({ passages: samplePassages }),
    createRecordingLogger(),
    { rateLimitPerMinute: 100 },
  );
  expect(await adapter.start()).toEqual({ mode: 'socket' });
  await socket.connected();
});

afterAll(async () => {
  await adapter?.stop();
  await socket?.close();
  await fake?.close();
});

describe('Socket Mode', () => {
  it('starts against SLACK_API_URL only: auth.test with the bot token, apps.connections.open with the app token', () => {
    expect(fake.calls.find((call) => call.name === 'auth.test')?.token).toBe('xoxb-socket-bot');
    expect(fake.calls.find((call) => call.name === 'apps.connections.open')?.token).toBe('xapp-socket-app');
  });

  it('acknowledges a pushed app_mention and answers in its thread', async () => {
    const ts = nextTs();
    const body = JSON.parse(eventCallback(appMention({ text: `<@${fakeIdentity.user_id}> ラブロフ`, channel: 'C0SOCKET', ts }))) as unknown;
    await socket.push('events_api', body, 'env-mention-1');
    const call = await fake.waitFor((c) => c.name === 'chat.postMessage' && c.args.channel === 'C0SOCKET');
    expect(call.args.thread_ts).toBe(ts);
    expect(call.token).toBe('xoxb-socket-bot');
    expect(JSON.stringify(call.args.blocks)).toContain('ラブロフ氏は、ロシアとしても中国との連携を一層深めていく意向を表明しました。');
  });

  it('acknowledges /ask and answers through the response_url', async () => {
    const form = new URLSearchParams(slashCommand({ text: 'ラブロフ', responseUrl: fake.responseUrl('socket-ask') }));
    await socket.push('slash_commands', Object.fromEntries(form), 'env-command-1');
    const call = await fake.waitFor((c) => c.name === 'socket-ask');
    expect(call.args.response_type).toBe('ephemeral');
    expect(JSON.stringify(call.args.blocks)).toContain('ラブロフ');
  });
});
