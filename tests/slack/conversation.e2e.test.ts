/**
 * End to end, the conversational surfaces: the real Bolt app (HTTP mode) over
 * the real core and the bundled corpus, the fake Slack holding the thread.
 * Follow-ups in a mention thread and in an assistant thread, 👍 / 👎 with the
 * reason modal written to the feedback file, /kiji help and examples, the
 * App Home, and the assistant's suggested prompts and status.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledCorpusDir } from '../../src/config.ts';
import { createKiji } from '../../src/core/index.ts';
import type { Kiji } from '../../src/core/kiji.ts';
import type { FeedbackLine } from '../../src/adapters/shared/feedback-log.ts';
import { silentLogger } from '../../src/logger.ts';
import { type RecordedCall, fakeIdentity } from './fake-slack-api.ts';
import { type SlackHarness, startSlackHarness } from './slack-harness.ts';
import { appHomeOpened, appMention, assistantThreadStarted, buttonClick, directMessage, eventCallback, nextTs, slashCommand, viewAction } from './slack-payloads.ts';

const bot = `<@${fakeIdentity.user_id}>`;
const place = 'G20外相会合はどこで開かれましたか？';
const who = 'そこで誰と誰が会談しましたか';
const note = '前の質問から「G20外相会合」を補って答えました。';

let kiji: Kiji;
let slack: SlackHarness;
let folder: string;
let feedbackFile: string;

beforeAll(async () => {
  kiji = await createKiji({ corpusDir: bundledCorpusDir, logger: silentLogger });
  folder = await mkdtemp(join(tmpdir(), 'kiji-slack-feedback-'));
  feedbackFile = join(folder, 'votes', 'feedback.jsonl');
  slack = await startSlackHarness(kiji, { feedback: { file: feedbackFile, salt: 'a-salt-of-sixteen-chars' } });
});

afterAll(async () => {
  await slack?.stop();
  await kiji?.close();
  await rm(folder, { recursive: true, force: true });
});

const isPost = (channel: string, nth = 1) => (call: RecordedCall) =>
  call.kind === 'api' && call.name === 'chat.postMessage' && call.args.channel === channel && slack.fake.calls.filter((c) => c.name === 'chat.postMessage' && c.args.channel === channel).indexOf(call) === nth - 1;
const blocksOf = (call: RecordedCall) => JSON.stringify(call.args.blocks);

/** A person's message: held by the fake (as Slack holds it) and delivered as the event. */
async function say(channel: string, text: string, threadTs?: string): Promise<string> {
  const ts = nextTs();
  slack.fake.addMessage(channel, { ts, user: 'U0ASKER', text, ...(threadTs ? { thread_ts: threadTs } : {}) });
  const event = channel.startsWith('D')
    ? directMessage({ text, channel, ts, extra: threadTs ? { thread_ts: threadTs } : {} })
    : appMention({ text, channel, ts, ...(threadTs ? { threadTs } : {}) });
  await slack.sendJson(eventCallback(event));
  return ts;
}

/** The value of a button in a message's blocks. */
function buttonValue(call: RecordedCall, actionId: string): string {
  const blocks = call.args.blocks as { type: string; elements?: { action_id?: string; value?: string }[] }[];
  const value = blocks.flatMap((block) => block.elements ?? []).find((element) => element.action_id === actionId)?.value;
  if (value === undefined) throw new Error(`no ${actionId} button`);
  return value;
}

/** The next 'vote recorded' log line after now (earlier votes logged the same message). */
function nextVoteLogged(): Promise<unknown> {
  const seen = slack.logger.lines.length;
  return slack.logger.waitFor((line) => line.message === 'vote recorded' && slack.logger.lines.indexOf(line) >= seen);
}

async function votes(): Promise<FeedbackLine[]> {
  const text = await readFile(feedbackFile, 'utf8').catch(() => '');
  return text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as FeedbackLine);
}

describe('a follow-up in a channel thread', () => {
  it('is read with the thread’s earlier question, fetched from Slack, and says so', async () => {
    const parent = await say('C0FOLLOW', `${bot} ${place}`);
    const first = await slack.fake.waitFor(isPost('C0FOLLOW'));
    expect(first.args.thread_ts).toBe(parent);
    expect(first.args.metadata).toEqual({ event_type: 'kiji_answer', event_payload: { question: place } });

    await say('C0FOLLOW', `${bot} ${who}`, parent);
    const second = await slack.fake.waitFor(isPost('C0FOLLOW', 2));
    const replies = slack.fake.calls.find((call) => call.name === 'conversations.replies' && call.args.channel === 'C0FOLLOW');
    expect(replies?.args).toMatchObject({ ts: parent });
    expect(second.args.thread_ts).toBe(parent);
    expect(blocksOf(second)).toContain(note);
    expect(blocksOf(second)).toMatch(/G20外相会合[^"]*王毅外相[^"]*ラブロフ外相/u);
    // The follow-up's own answer carries its self-contained reading for the next one.
    expect(second.args.metadata).toEqual({ event_type: 'kiji_answer', event_payload: { question: who, read_as: `G20外相会合 ${who}` } });
  });

  it('refuses as before a follow-up that the earlier question does not help', async () => {
    const parent = await say('C0NOHELP', `${bot} ${place}`);
    await slack.fake.waitFor(isPost('C0NOHELP'));
    await say('C0NOHELP', `${bot} 北朝鮮について王毅外相は何と言った？`, parent);
    const reply = await slack.fake.waitFor(isPost('C0NOHELP', 2));
    expect(blocksOf(reply)).toContain('「北朝鮮」は記事に出てきません');
    expect(blocksOf(reply)).not.toContain('前の質問');
  });

  it('still answers, alone, when the thread cannot be read', async () => {
    const parent = await say('C0NOSCOPE', `${bot} ${place}`);
    await slack.fake.waitFor(isPost('C0NOSCOPE'));
    slack.fake.failNext('conversations.replies', 'missing_scope');
    await say('C0NOSCOPE', `${bot} ${who}`, parent);
    const reply = await slack.fake.waitFor(isPost('C0NOSCOPE', 2));
    expect(blocksOf(reply)).not.toContain(note);
    await slack.logger.waitFor((line) => line.message === 'could not read the thread; answering without its earlier questions');
  });
});

describe('👍 / 👎', () => {
  it('a 👍 click is appended to the feedback file with the question and the citations shown', async () => {
    await say('C0VOTE', `${bot} ${place}`);
    const answer = await slack.fake.waitFor(isPost('C0VOTE'));
    const responseUrl = slack.fake.responseUrl('vote-up');
    expect((await slack.sendForm(buttonClick({ actionId: 'kiji_vote_up', value: buttonValue(answer, 'kiji_vote_up'), responseUrl, channel: 'C0VOTE' }))).status).toBe(200);
    const thanks = await slack.fake.waitFor((call) => call.name === 'vote-up');
    expect(thanks.args).toMatchObject({ response_type: 'ephemeral', replace_original: false, text: 'フィードバックありがとうございます。回答の改善に使います。' });
    const [line] = await votes();
    expect(line).toMatchObject({ platform: 'slack', vote: 'up', question: place, answered: true, reason: null });
    expect(line?.citations[0]).toEqual({ n: 1, article: 'g20-wang-yi-lavrov-johannesburg', passage: expect.stringMatching(/^g20-wang-yi-lavrov-johannesburg#\d+$/u) });
    expect(line?.user).toMatch(/^[0-9a-f]{16}$/u);
    expect(JSON.stringify(line)).not.toContain('U0ASKER');
  });

  it('a 👎 click opens the reason modal; sending it records the vote with the reason', async () => {
    const before = (await votes()).length;
    await say('C0DOWN', `${bot} ラブロフ外相は上海協力機構について何と言いましたか`);
    const answer = await slack.fake.waitFor(isPost('C0DOWN'));
    await slack.sendForm(buttonClick({ actionId: 'kiji_vote_down', value: buttonValue(answer, 'kiji_vote_down'), responseUrl: slack.fake.responseUrl('vote-down'), channel: 'C0DOWN' }));
    const opened = await slack.fake.waitFor((call) => call.name === 'views.open');
    const view = opened.args.view as { callback_id: string; private_metadata: string; notify_on_close: boolean; blocks: { block_id: string; element: { action_id: string } }[] };
    expect(view).toMatchObject({ callback_id: 'kiji_vote_reason', notify_on_close: true });
    expect(await votes()).toHaveLength(before);

    const input = view.blocks[0];
    const values = { [input?.block_id ?? '']: { [input?.element.action_id ?? '']: { type: 'plain_text_input', value: '日付を聞いたのに発言が返ってきた' } } };
    const logged = nextVoteLogged();
    const sent = await slack.sendForm(viewAction({ type: 'view_submission', callbackId: view.callback_id, privateMetadata: view.private_metadata, values }));
    expect(sent.status).toBe(200);
    await logged;
    expect((await votes()).at(-1)).toMatchObject({ vote: 'down', reason: '日付を聞いたのに発言が返ってきた', question: 'ラブロフ外相は上海協力機構について何と言いましたか' });
  });

  it('closing the modal still records the 👎, without a reason', async () => {
    const before = (await votes()).length;
    const value = JSON.stringify({ q: 'それはいつ？', r: 'ラブロフ外相 上海協力機構 それはいつ？', a: 1, c: ['2025-07-10-wang-yi-lavrov-kuala-lumpur#3'] });
    const logged = nextVoteLogged();
    await slack.sendForm(viewAction({ type: 'view_closed', callbackId: 'kiji_vote_reason', privateMetadata: value }));
    await logged;
    const all = await votes();
    expect(all).toHaveLength(before + 1);
    expect(all.at(-1)).toMatchObject({ vote: 'down', reason: null, question: 'それはいつ？', readAs: 'ラブロフ外相 上海協力機構 それはいつ？' });
  });
});

describe('help and onboarding', () => {
  it('/kiji with no question lists example questions taken from the articles', async () => {
    await slack.sendForm(slashCommand({ text: '', responseUrl: slack.fake.responseUrl('empty') }).replace('command=%2Fask', 'command=%2Fkiji'));
    const reply = await slack.fake.waitFor((call) => call.name === 'empty');
    expect(reply.args.response_type).toBe('ephemeral');
    expect(blocksOf(reply)).toContain('質問が空です');
    expect(blocksOf(reply)).toContain('• 東アジア協力とASEAN中心の地域秩序について教えてください');
  });

  it('@kiji alone gets the example questions in its thread', async () => {
    const ts = await say('C0EMPTY', bot);
    const reply = await slack.fake.waitFor(isPost('C0EMPTY'));
    expect(reply.args.thread_ts).toBe(ts);
    expect(blocksOf(reply)).toContain('• 東アジア協力とASEAN中心の地域秩序について教えてください');
  });

  it('/kiji help explains kiji and its ways to ask; /ask still answers', async () => {
    await slack.sendForm(slashCommand({ text: 'help', responseUrl: slack.fake.responseUrl('help') }).replace('command=%2Fask', 'command=%2Fkiji'));
    const help = await slack.fake.waitFor((call) => call.name === 'help');
    expect(blocksOf(help)).toContain('kiji は読み込んでいる記事だけをもとに質問に答えます');
    expect(blocksOf(help)).toContain('`/kiji 質問`');
    await slack.sendForm(slashCommand({ text: place, responseUrl: slack.fake.responseUrl('ask') }));
    expect(blocksOf(await slack.fake.waitFor((call) => call.name === 'ask'))).toContain('ヨハネスブルク');
  });

  it('opening the App Home publishes what kiji does, examples and the loaded articles', async () => {
    await slack.sendJson(eventCallback(appHomeOpened({ user: 'U0HOME' })));
    const published = await slack.fake.waitFor((call) => call.name === 'views.publish');
    expect(published.args.user_id).toBe('U0HOME');
    const view = JSON.stringify(published.args.view);
    expect(view).toContain('"type":"home"');
    expect(view).toContain('読み込んでいる記事（2件）');
    expect(view).toContain('G20外相会合で王毅氏とラブロフ氏が会談 中国・ロシア関係の強化を確認');
    expect(view).toContain('上海協力機構やBRICSでの連携強化について教えてください');
  });
});

describe('the assistant side panel', () => {
  it('a new assistant thread gets a greeting and suggested prompts built from the articles', async () => {
    const threadTs = nextTs();
    await slack.sendJson(eventCallback(assistantThreadStarted({ channel: 'D0ASSIST', threadTs })));
    const prompts = await slack.fake.waitFor((call) => call.name === 'assistant.threads.setSuggestedPrompts');
    expect(prompts.args).toMatchObject({ channel_id: 'D0ASSIST', thread_ts: threadTs, title: '例えばこんな質問' });
    const list = prompts.args.prompts as { title: string; message: string }[];
    expect(list).toHaveLength(4);
    expect(list[0]?.message).toBe('東アジア協力とASEAN中心の地域秩序について教えてください');
    const greeting = await slack.fake.waitFor(isPost('D0ASSIST'));
    expect(greeting.args.thread_ts).toBe(threadTs);
  });

  it('a message shows the searching status, is answered in the thread, and a follow-up there is read with it', async () => {
    const threadTs = nextTs();
    slack.fake.addMessage('D0PANEL', { ts: threadTs, user: fakeIdentity.user_id, bot_id: fakeIdentity.bot_id, text: 'こんにちは' });
    await say('D0PANEL', place, threadTs);
    const status = await slack.fake.waitFor((call) => call.name === 'assistant.threads.setStatus');
    expect(status.args).toMatchObject({ channel_id: 'D0PANEL', thread_ts: threadTs, status: '記事を探しています…' });
    const first = await slack.fake.waitFor(isPost('D0PANEL'));
    expect(first.args.thread_ts).toBe(threadTs);
    expect(blocksOf(first)).toContain('ヨハネスブルク');
    expect(slack.fake.calls.find((call) => call.name === 'assistant.threads.setTitle')?.args.title).toBe(place);

    await say('D0PANEL', who, threadTs);
    const second = await slack.fake.waitFor(isPost('D0PANEL', 2));
    expect(blocksOf(second)).toContain(note);
    // The assistant answers its thread's messages; the DM listener does not answer them a second time.
    await say('D0BARRIER', place);
    await slack.fake.waitFor(isPost('D0BARRIER'));
    expect(slack.fake.calls.filter((call) => call.name === 'chat.postMessage' && call.args.channel === 'D0PANEL')).toHaveLength(2);
  });
});
