/**
 * End to end: the real Bolt app in HTTP mode on 127.0.0.1 over the real core
 * and the bundled corpus, driven by requests signed as Slack signs them, with
 * its Web API client pointed at a fake Slack. Assertions are on what Slack
 * would receive. The time from signed request to posted answer is printed,
 * never asserted.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundledCorpusDir } from '../../src/config.ts';
import { createKiji } from '../../src/core/index.ts';
import type { Kiji } from '../../src/core/kiji.ts';
import { silentLogger } from '../../src/logger.ts';
import { type RecordedCall, fakeIdentity } from './fake-slack-api.ts';
import { type SlackHarness, botToken, signingSecret, startSlackHarness } from './slack-harness.ts';
import { appMention, directMessage, eventCallback, nextTs, shareClick, slashCommand } from './slack-payloads.ts';

const kualaLumpur = {
  title: '王毅外相「ロシアと戦略協調を強化」ASEANと中東で連携確認',
  section: '上海協力機構やBRICSでの連携強化',
  quote: 'ラブロフ外相は、中国が上海協力機構の議長国を務めることを全面的に支持すると表明しました。',
};
const johannesburg = {
  title: 'G20外相会合で王毅氏とラブロフ氏が会談 中国・ロシア関係の強化を確認',
  quote: '今回の会談は、ヨハネスブルクで開かれているG20外相会合の合間に行われました。',
};

let kiji: Kiji;
let ask: ReturnType<typeof vi.fn<Kiji['ask']>>;
let slack: SlackHarness;
const timings: string[] = [];

beforeAll(async () => {
  const real = await createKiji({ corpusDir: bundledCorpusDir, logger: silentLogger });
  // Spy on the core we pass in, to prove rejected requests never reach it.
  ask = vi.fn(real.ask);
  kiji = { ...real, ask };
  slack = await startSlackHarness(kiji);
});

afterAll(async () => {
  await slack?.stop();
  console.info(`Slack: signed request → answer received by the fake Slack\n  ${timings.join('\n  ')}`);
});

/** Sends, waits for what Slack would receive, and notes how long it took. */
async function timed<T extends RecordedCall>(label: string, send: () => Promise<unknown>, arrival: Promise<T>): Promise<T> {
  const started = performance.now();
  await send();
  const call = await arrival;
  timings.push(`${label}: ${(call.at - started).toFixed(1)} ms`);
  return call;
}

function isPost(channel: string) {
  return (call: RecordedCall) => call.kind === 'api' && call.name === 'chat.postMessage' && call.args.channel === channel;
}

describe('Slack app over the bundled corpus', () => {
  it('answers url_verification with the challenge', async () => {
    const response = await slack.sendJson(JSON.stringify({ token: 'x', challenge: 'challenge-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P', type: 'url_verification' }));
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ challenge: 'challenge-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
  });

  it('checked the bot token against SLACK_API_URL at start, with the bot token', () => {
    expect(slack.fake.calls.find((call) => call.name === 'auth.test')).toMatchObject({ kind: 'api', token: botToken });
  });

  it('/ask answers ephemerally through the response_url with the quote, its citation and the source', async () => {
    const responseUrl = slack.fake.responseUrl('ask-1');
    const call = await timed(
      '/ask (ephemeral via response_url)',
      async () => {
        const ack = await slack.sendForm(slashCommand({ text: 'ラブロフ外相は上海協力機構について何と言った？', responseUrl }));
        expect(ack.status).toBe(200);
      },
      slack.fake.waitFor((c) => c.kind === 'response_url' && c.name === 'ask-1'),
    );
    expect(call.args.response_type).toBe('ephemeral');
    const blocks = JSON.stringify(call.args.blocks);
    expect(blocks).toContain(`> ${kualaLumpur.quote} *[1]*`);
    expect(blocks).toContain(`*[1]* ${kualaLumpur.title} · ${kualaLumpur.section} · cgtn.com · 2025-07-10`);
    expect(blocks).toContain('質問: ラブロフ外相は上海協力機構について何と言った？');
    expect(blocks).toContain('"action_id":"kiji_share"');
    expect(call.args.text).toContain(kualaLumpur.quote);
  });

  it('the share button posts the answer to the channel and removes the ephemeral copy', async () => {
    const responseUrl = slack.fake.responseUrl('share-1');
    const ack = await slack.sendForm(shareClick({ question: 'ラブロフ外相は上海協力機構について何と言った？', responseUrl, user: 'U0SHARER' }));
    expect(ack.status).toBe(200);
    const posted = await slack.fake.waitFor((c) => c.name === 'share-1' && c.args.response_type === 'in_channel');
    expect(posted.args.replace_original).toBe(false);
    const blocks = JSON.stringify(posted.args.blocks);
    expect(blocks).toContain(kualaLumpur.quote);
    expect(blocks).toContain('<@U0SHARER> さんが共有');
    expect(blocks).not.toContain('kiji_share');
    await slack.fake.waitFor((c) => c.name === 'share-1' && c.args.delete_original === true);
  });

  it('an app_mention is answered in the message’s thread, as the bot', async () => {
    const ts = nextTs();
    const call = await timed(
      'app_mention (chat.postMessage in thread)',
      () => slack.sendJson(eventCallback(appMention({ text: `<@${fakeIdentity.user_id}> G20外相会合はどこで開かれた？`, channel: 'C0MENTION', ts }))),
      slack.fake.waitFor(isPost('C0MENTION')),
    );
    expect(call.token).toBe(botToken);
    expect(call.args.thread_ts).toBe(ts);
    const blocks = JSON.stringify(call.args.blocks);
    expect(blocks).toContain(`> ${johannesburg.quote} *[1]*`);
    expect(blocks).toContain(johannesburg.title);
  });

  it('a mention inside a thread is answered in that thread', async () => {
    const parent = nextTs();
    await slack.sendJson(eventCallback(appMention({ text: `<@${fakeIdentity.user_id}> ヨハネスブルクで何があった？`, channel: 'C0THREAD', threadTs: parent })));
    const call = await slack.fake.waitFor(isPost('C0THREAD'));
    expect(call.args.thread_ts).toBe(parent);
  });

  it('a direct message is answered in the DM', async () => {
    const call = await timed(
      'message.im (chat.postMessage in DM)',
      () => slack.sendJson(eventCallback(directMessage({ text: 'ラブロフ外相は上海協力機構について何と言った？', channel: 'D0DM' }))),
      slack.fake.waitFor(isPost('D0DM')),
    );
    expect(call.args.thread_ts).toBeUndefined();
    expect(JSON.stringify(call.args.blocks)).toContain(kualaLumpur.quote);
  });

  it('ignores bot messages, message subtypes and its own messages in DMs', async () => {
    const ignored = [
      directMessage({ text: 'ボットの投稿 ラブロフ', channel: 'D0IGNORE', extra: { bot_id: 'B0OTHER' } }),
      directMessage({ text: '編集 ラブロフ', channel: 'D0IGNORE', extra: { subtype: 'message_changed' } }),
      directMessage({ text: '自分の投稿 ラブロフ', channel: 'D0IGNORE', user: fakeIdentity.user_id, extra: { bot_id: fakeIdentity.bot_id } }),
    ];
    for (const event of ignored) expect((await slack.sendJson(eventCallback(event))).status).toBe(200);
    // A barrier: once a later message is answered, the ignored ones were long since handled.
    await slack.sendJson(eventCallback(directMessage({ text: 'G20外相会合はどこで開かれた？', channel: 'D0IGNORE' })));
    await slack.fake.waitFor(isPost('D0IGNORE'));
    expect(slack.fake.calls.filter(isPost('D0IGNORE'))).toHaveLength(1);
    expect(ask.mock.calls.map(([question]) => question)).not.toContain('ボットの投稿 ラブロフ');
  });

  it('escapes hostile text so a question cannot ping anyone', async () => {
    // Typed as text, Slack sends it escaped; typed as mentions, it sends markup. Both must come back inert.
    const responseUrl = slack.fake.responseUrl('hostile');
    await slack.sendForm(slashCommand({ text: '&lt;!channel&gt; &lt;@U123&gt; <!here> <@U0VICTIM> 上海協力機構 &amp; BRICS', responseUrl }));
    const command = await slack.fake.waitFor((c) => c.name === 'hostile');
    const mentionTs = nextTs();
    await slack.sendJson(eventCallback(appMention({ text: `<@${fakeIdentity.user_id}> &lt;!channel&gt; <!everyone> 上海協力機構 &lt;@U123&gt;`, channel: 'C0HOSTILE', ts: mentionTs })));
    const mention = await slack.fake.waitFor(isPost('C0HOSTILE'));
    for (const call of [command, mention]) {
      const sent = JSON.stringify(call.args);
      expect(sent).not.toMatch(/<!(channel|here|everyone)/);
      expect(sent).not.toMatch(/<@U(123|0VICTIM)/);
    }
    // The question is echoed, inert; the core's reason (it found no "channel" in the articles) is shown as is.
    expect(JSON.stringify(command.args.blocks)).toContain('質問: &lt;!channel&gt; &lt;@U123&gt; 上海協力機構 &amp; BRICS');
  });

  it('rejects a bad signature and a stale timestamp, posting nothing and never asking the core', async () => {
    const asksBefore = ask.mock.calls.length;
    const forged = eventCallback(appMention({ text: `<@${fakeIdentity.user_id}> 偽造 ラブロフ`, channel: 'C0FORGED' }));
    expect((await slack.sendJson(forged, { secret: 'not-the-signing-secret' })).status).toBe(401);
    const stale = eventCallback(appMention({ text: `<@${fakeIdentity.user_id}> 古い ラブロフ`, channel: 'C0FORGED' }));
    expect((await slack.sendJson(stale, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    const command = slashCommand({ text: 'ラブロフ', responseUrl: slack.fake.responseUrl('forged') });
    expect((await slack.sendForm(command, { headers: { 'x-slack-signature': 'v0=deadbeef' } })).status).toBe(401);
    expect((await slack.sendForm(command, { secret: `${signingSecret}x` })).status).toBe(401);

    await slack.sendJson(eventCallback(appMention({ text: `<@${fakeIdentity.user_id}> G20外相会合はどこで？`, channel: 'C0AFTER' })));
    await slack.fake.waitFor(isPost('C0AFTER'));
    expect(slack.fake.calls.filter((c) => c.args.channel === 'C0FORGED' || c.name === 'forged')).toEqual([]);
    expect(ask.mock.calls.length).toBe(asksBefore + 1);
  });

  it('rejects a correctly signed request timestamped more than 5 minutes in the future, accepting one just inside', async () => {
    const asksBefore = ask.mock.calls.length;
    const now = Math.floor(Date.now() / 1000);
    // Signed with the right secret: only the timestamp is wrong, so only a |now − ts| check can refuse it.
    const future = eventCallback(appMention({ text: `<@${fakeIdentity.user_id}> 未来 ラブロフ`, channel: 'C0FUTURE' }));
    expect((await slack.sendJson(future, { timestamp: now + 6 * 60 })).status).toBe(401);
    expect(slack.logger.lines.some((line) => line.level === 'warn' && line.message.includes('timestamped in the future'))).toBe(true);
    // A minute ahead is clock skew Slack tolerates.
    await slack.sendJson(eventCallback(appMention({ text: `<@${fakeIdentity.user_id}> G20外相会合はどこで？`, channel: 'C0SKEW' })), { timestamp: now + 60 });
    await slack.fake.waitFor(isPost('C0SKEW'));
    expect(slack.fake.calls.filter((c) => c.args.channel === 'C0FUTURE')).toEqual([]);
    expect(ask.mock.calls.length).toBe(asksBefore + 1);
  });

  it('answers a retried event once, even when the retry arrives while the first is in flight', async () => {
    const body = eventCallback(appMention({ text: `<@${fakeIdentity.user_id}> ラブロフ外相は上海協力機構について何と言った？`, channel: 'C0RETRY' }), 'EvRETRY0001');
    const first = slack.sendJson(body);
    const retry = slack.sendJson(body, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect((await first).status).toBe(200);
    expect((await retry).status).toBe(200);
    // Whichever comes first: the retry being dropped, or (the bug) a second answer.
    const secondAnswer = () => slack.fake.waitFor((c) => isPost('C0RETRY')(c) && c !== slack.fake.calls.find(isPost('C0RETRY')));
    const dropped = (retry: number) =>
      slack.logger.waitFor((line) => line.message === 'duplicate delivery ignored' && line.fields.eventId === 'EvRETRY0001' && line.fields.retry === retry);
    await slack.fake.waitFor(isPost('C0RETRY'));
    await Promise.race([dropped(1), secondAnswer()]);
    // A late retry, after the answer went out.
    await slack.sendJson(body, { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' } });
    await Promise.race([dropped(2), secondAnswer()]);
    expect(slack.fake.calls.filter(isPost('C0RETRY'))).toHaveLength(1);
  });

  it('a DM mentioning the bot arrives as message.im and app_mention and is answered once', async () => {
    const ts = nextTs();
    const text = `<@${fakeIdentity.user_id}> G20外相会合はどこで開かれた？`;
    await slack.sendJson(eventCallback(appMention({ text, channel: 'D0BOTH', ts })));
    await slack.sendJson(eventCallback(directMessage({ text, channel: 'D0BOTH', ts })));
    await slack.fake.waitFor(isPost('D0BOTH'));
    // Barrier on another conversation, then count.
    await slack.sendJson(eventCallback(directMessage({ text: 'ヨハネスブルク', channel: 'D0BARRIER' })));
    await slack.fake.waitFor(isPost('D0BARRIER'));
    expect(slack.fake.calls.filter(isPost('D0BOTH'))).toHaveLength(1);
  });

  it('gives the core’s reason when the articles cannot answer', async () => {
    await slack.sendJson(eventCallback(directMessage({ text: 'ワシントンの天気は？', channel: 'D0NOANSWER' })));
    const call = await slack.fake.waitFor(isPost('D0NOANSWER'));
    expect(JSON.stringify(call.args.blocks)).toContain('「ワシントン」「天気」は記事に出てきません。');
  });
});
