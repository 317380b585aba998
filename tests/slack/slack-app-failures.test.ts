/**
 * The Slack app's unhappy paths, end to end over HTTP with signed requests
 * and the fake Slack, but with a fake core that can fail and cite hostile
 * articles on demand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RecordedCall, fakeIdentity } from './fake-slack-api.ts';
import { createFakeKiji, type FakeKiji } from '../support/fake-kiji.ts';
import { type SlackHarness, startSlackHarness } from './slack-harness.ts';
import { appMention, directMessage, eventCallback, nextTs, slashCommand } from './slack-payloads.ts';

let kiji: FakeKiji;
let slack: SlackHarness;

beforeAll(async () => {
  kiji = createFakeKiji({ passages: [
    {
      articleId: 'hostile',
      title: '<!channel> 緊急 & <@U0VICTIM>',
      url: 'https://example.com/a?b=1&c=<2>',
      section: '<!here>',
      text: '攻撃者は <!channel> と <@U0VICTIM> と <https://evil.example|ここ> を本文に書きました。',
    },
    { articleId: 'plain', title: '普通の記事', text: '普通の本文です。ラブロフ外相が話しました。' },
  ] });
  slack = await startSlackHarness(kiji, { rateLimitPerMinute: 2 });
});

afterAll(async () => {
  await slack?.stop();
});

const mention = (channel: string, text: string, extra: { ts?: string; user?: string } = {}) =>
  slack.sendJson(eventCallback(appMention({ text: `<@${fakeIdentity.user_id}> ${text}`, channel, ...extra })));

const isCall = (name: string, channel: string) => (call: RecordedCall) => call.kind === 'api' && call.name === name && call.args.channel === channel;

describe('Slack app failure handling', () => {
  it('escapes article text: titles, sections and quotes cannot ping', async () => {
    await mention('C0ARTICLE', '攻撃者', { user: 'U0ARTICLE' });
    const call = await slack.fake.waitFor(isCall('chat.postMessage', 'C0ARTICLE'));
    const sent = JSON.stringify(call.args);
    expect(sent).not.toMatch(/<!(channel|here)>|<@U0VICTIM>|<https:\/\/evil/);
    expect(sent).toContain('&lt;!channel&gt; と &lt;@U0VICTIM&gt; と &lt;https://evil.example|ここ&gt;');
    expect(sent).toContain('<https://example.com/a?b=1&amp;c=%3C2%3E|&lt;!channel&gt; 緊急 &amp; &lt;@U0VICTIM&gt;>');
  });

  it('apologises in Japanese with an error id, logs the same id, and keeps serving', async () => {
    kiji.failOn('壊れる', new Error('index exploded'));
    const ts = nextTs();
    await mention('C0FAIL', '壊れる', { ts, user: 'U0FAIL' });
    const call = await slack.fake.waitFor(isCall('chat.postMessage', 'C0FAIL'));
    expect(call.args.thread_ts).toBe(ts);
    const sent = JSON.stringify(call.args.blocks);
    expect(sent).toContain('申し訳ありません。回答の作成中に問題が発生しました。');
    const logged = await slack.logger.waitFor((line) => line.level === 'error' && line.message === 'ask failed');
    expect(logged.fields.error).toBeInstanceOf(Error);
    expect(sent).toContain(`エラーID: ${String(logged.fields.requestId)}`);

    await mention('C0FAIL2', 'ラブロフ', { user: 'U0FAIL' });
    const next = await slack.fake.waitFor(isCall('chat.postMessage', 'C0FAIL2'));
    expect(JSON.stringify(next.args.blocks)).toContain('ラブロフ外相が話しました。');
  });

  it('tells a bad question what is wrong, without an error id', async () => {
    await slack.sendForm(slashCommand({ text: '   ', responseUrl: slack.fake.responseUrl('empty'), user: 'U0EMPTY' }));
    const call = await slack.fake.waitFor((c) => c.name === 'empty');
    expect(call.args.response_type).toBe('ephemeral');
    expect(JSON.stringify(call.args.blocks)).toContain('質問が空です。');
    expect(JSON.stringify(call.args.blocks)).not.toContain('エラーID');
  });

  it('rate-limits per user with a polite note only the asker sees', async () => {
    await mention('C0RATE', 'ラブロフ 1', { user: 'U0RATE' });
    await mention('C0RATE', 'ラブロフ 2', { user: 'U0RATE' });
    const threadTs = nextTs();
    await slack.sendJson(eventCallback(appMention({ text: `<@${fakeIdentity.user_id}> ラブロフ 3`, channel: 'C0RATE', user: 'U0RATE', threadTs })));
    const note = await slack.fake.waitFor(isCall('chat.postEphemeral', 'C0RATE'));
    expect(note.args.user).toBe('U0RATE');
    // In an existing thread the note goes there; Slack hides ephemeral notes in threads that do not exist yet.
    expect(note.args.thread_ts).toBe(threadTs);
    expect(JSON.stringify(note.args.blocks)).toMatch(/質問が続いています。\d+秒ほど待ってからもう一度お試しください。/);
    expect(kiji.asked.filter((question) => question.startsWith('ラブロフ '))).toEqual(['ラブロフ 1', 'ラブロフ 2']);

    // Someone else is not affected.
    await slack.sendJson(eventCallback(directMessage({ text: 'ラブロフ', channel: 'D0OTHER', user: 'U0OTHER' })));
    await slack.fake.waitFor(isCall('chat.postMessage', 'D0OTHER'));
  });

  it('logs a reply Slack refuses, with the request id, and keeps serving', async () => {
    slack.fake.failNext('chat.postMessage', 'channel_not_found');
    await slack.sendJson(eventCallback(directMessage({ text: 'ラブロフ', channel: 'D0GONE', user: 'U0GONE' })));
    const logged = await slack.logger.waitFor((line) => line.message === 'could not post the reply to Slack');
    expect(logged).toMatchObject({ level: 'error', fields: { via: 'dm', requestId: expect.stringMatching(/^[0-9a-f]{8}$/) } });
    await slack.sendJson(eventCallback(directMessage({ text: 'ラブロフ', channel: 'D0BACK', user: 'U0GONE' })));
    await slack.fake.waitFor(isCall('chat.postMessage', 'D0BACK'));
  });

  it('never logs a secret', () => {
    const everything = JSON.stringify(slack.logger.lines);
    expect(everything).not.toContain('xoxb-test-bot-token');
    expect(everything).not.toContain('test-signing-secret');
  });
});
