/**
 * End to end, the conversational surfaces on Discord: the real discord.js
 * Client and the real core over the bundled corpus, against the fake Discord
 * holding the channel's messages. @kiji mentions answered in a reply, a reply
 * to an answer read as a follow-up (the reference chain fetched over REST),
 * 👍 / 👎 with the reason modal written to the feedback file, /help, the
 * message command 「kijiに聞く」 and sharing a private answer.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InteractionResponseType, MessageFlags, type APIEmbed, type APIMessage } from 'discord.js';
import type { FeedbackLine } from '../../src/adapters/shared/feedback-log.ts';
import { bundledCorpusDir } from '../../src/config.ts';
import { createKiji } from '../../src/core/index.ts';
import type { Kiji } from '../../src/core/kiji.ts';
import { silentLogger } from '../../src/logger.ts';
import { channelMessage } from './conversation-payloads.ts';
import { botUser } from './discord-payloads.ts';
import { startBot, type RunningBot } from './discord-harness.ts';

const place = 'G20外相会合はどこで開かれましたか？';
const who = 'そこで誰と誰が会談しましたか';

let kiji: Kiji;
let bot: RunningBot;
let folder: string;
let feedbackFile: string;

beforeAll(async () => {
  kiji = await createKiji({ corpusDir: bundledCorpusDir, logger: silentLogger });
  folder = await mkdtemp(join(tmpdir(), 'kiji-discord-feedback-'));
  feedbackFile = join(folder, 'feedback.jsonl');
  bot = await startBot(kiji, { rateLimitPerMinute: 1000, feedback: { file: feedbackFile, salt: 'a-salt-of-sixteen-chars' } });
});

afterAll(async () => {
  await bot?.stop();
  await kiji?.close();
  await rm(folder, { recursive: true, force: true });
});

const mention = () => `<@${bot.fake.ids.applicationId}>`;
const embedOf = (message: APIMessage): APIEmbed => message.embeds[0] ?? {};
const idle = () => bot.adapter.idle();

async function votes(): Promise<FeedbackLine[]> {
  const text = await readFile(feedbackFile, 'utf8').catch(() => '');
  return text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as FeedbackLine);
}

describe('@kiji in a channel', () => {
  it('is answered in a reply that pings nobody, with 👍 / 👎', async () => {
    const question = bot.fake.postMessage({ content: `${mention()} ${place}`, mentionsBot: true });
    const answer = await bot.fake.replyTo(question);
    expect(embedOf(answer).title).toBe(place);
    expect(embedOf(answer).description).toContain('ヨハネスブルク');
    const buttons = JSON.stringify(answer.components);
    expect(buttons).toContain('kiji:vote:up');
    expect(buttons).toContain('kiji:vote:down');
    const request = bot.fake.requests.items.find((item) => item.route === `/channels/${bot.fake.ids.channelId}/messages` && item.method === 'POST');
    expect(request?.body).toMatchObject({ allowed_mentions: { parse: [], replied_user: false } });
  });

  it('a reply to the answer is a follow-up: read with the chain, fetched from Discord', async () => {
    const question = bot.fake.postMessage({ content: `${mention()} ${place}`, mentionsBot: true });
    const answer = await bot.fake.replyTo(question);
    // A reply with ping mentions the bot without <@…> in its text; Discord still shows the bot its content.
    const followUp = bot.fake.postMessage({ content: who, replyTo: answer, mentionsBot: true });
    const second = await bot.fake.replyTo(followUp);
    expect(embedOf(second).author?.name).toBe('前の質問から「G20外相会合」を補って答えました。');
    expect(embedOf(second).description).toMatch(/G20外相会合[^\n]*王毅外相[^\n]*ラブロフ外相/u);
    const fetched = bot.fake.requests.items.filter((item) => item.method === 'GET' && item.route.startsWith(`/channels/${bot.fake.ids.channelId}/messages/`)).map((item) => item.route.split('/').at(-1));
    expect(fetched).toEqual(expect.arrayContaining([answer.id, question.id]));
  });

  it('a mention in a thread started from an answer is a follow-up of that answer', async () => {
    const question = bot.fake.postMessage({ content: `${mention()} ${place}`, mentionsBot: true });
    const answer = await bot.fake.replyTo(question);
    const thread = bot.fake.startThread(answer);
    const inThread = bot.fake.postMessage({ content: `${mention()} ${who}`, mentionsBot: true, inThread: thread });
    const second = await bot.fake.replyTo(inThread);
    expect(second.channel_id).toBe(thread);
    expect(embedOf(second).author?.name).toBe('前の質問から「G20外相会合」を補って答えました。');
  });

  it('a follow-up the chain does not help is refused as before', async () => {
    const question = bot.fake.postMessage({ content: `${mention()} ${place}`, mentionsBot: true });
    const answer = await bot.fake.replyTo(question);
    const followUp = bot.fake.postMessage({ content: '北朝鮮について王毅外相は何と言った？', replyTo: answer, mentionsBot: true });
    const refusal = await bot.fake.replyTo(followUp);
    expect(embedOf(refusal).description).toContain('「北朝鮮」は記事に出てきません');
    expect(embedOf(refusal).author).toBeUndefined();
  });

  it('asks without the mentions around the question: @everyone, @here, roles, channels and users are no words to look up', async () => {
    const question = bot.fake.postMessage({ content: `${mention()} @everyone @here <@&900000000000000009> <#900000000000000010> <@900000000000000011> 北朝鮮について王毅外相は何と言った？`, mentionsBot: true });
    const refusal = await bot.fake.replyTo(question);
    expect(embedOf(refusal).description).toContain('「北朝鮮」は記事に出てきません');
    expect(embedOf(refusal).description).not.toMatch(/everyone|here|9000/u);
  });

  it('a DM to the bot is answered in a reply there, and a reply to that answer is a follow-up', async () => {
    const question = bot.fake.postMessage({ content: place, inDm: true });
    const answer = await bot.fake.replyTo(question);
    expect(answer.channel_id).toBe(bot.fake.dmChannelId);
    expect(embedOf(answer).description).toContain('ヨハネスブルク');
    const followUp = bot.fake.postMessage({ content: who, inDm: true, replyTo: answer });
    const second = await bot.fake.replyTo(followUp);
    expect(embedOf(second).author?.name).toBe('前の質問から「G20外相会合」を補って答えました。');
  });

  it('an empty mention gets example questions; a message without one is not answered', async () => {
    const ignored = bot.fake.postMessage({ content: 'G20外相会合はどこで開かれましたか？（kiji宛てではない）' });
    const empty = bot.fake.postMessage({ content: mention(), mentionsBot: true });
    const help = await bot.fake.replyTo(empty);
    expect(embedOf(help).description).toContain('質問が空です');
    expect(embedOf(help).description).toContain('• 東アジア協力とASEAN中心の地域秩序について教えてください');
    await idle();
    expect([...bot.fake.messages.values()].some((message) => message.message_reference?.message_id === ignored.id)).toBe(false);
  });
});

describe('👍 / 👎 on Discord', () => {
  it('a 👍 click is thanked privately and appended to the feedback file', async () => {
    const question = bot.fake.postMessage({ content: `${mention()} ${place}`, mentionsBot: true });
    const answer = await bot.fake.replyTo(question);
    const click = bot.fake.clickButton(answer, 'kiji:vote:up', { userId: '500000000000000777' });
    const callback = await bot.fake.callbackOf(click);
    expect(callback.body).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral } });
    await idle();
    const line = (await votes()).at(-1);
    expect(line).toMatchObject({ platform: 'discord', vote: 'up', question: place, answered: true, reason: null });
    expect(line?.citations[0]?.article).toBe('g20-wang-yi-lavrov-johannesburg');
    expect(JSON.stringify(line)).not.toContain('500000000000000777');
  });

  it('a 👎 click opens the reason modal and is recorded at once; the reason sent later joins it', async () => {
    const question = bot.fake.postMessage({ content: `${mention()} ${place}`, mentionsBot: true });
    const answer = await bot.fake.replyTo(question);
    const followUp = bot.fake.postMessage({ content: who, replyTo: answer, mentionsBot: true });
    const second = await bot.fake.replyTo(followUp);
    const click = bot.fake.clickButton(second, 'kiji:vote:down');
    const callback = await bot.fake.callbackOf(click);
    const modal = (callback.body as { type: number; data: { custom_id: string } });
    expect(modal.type).toBe(InteractionResponseType.Modal);
    expect(modal.data.custom_id).toMatch(/^kiji:reason:[0-9a-f-]{36}$/u);
    await idle();
    const clicked = (await votes()).at(-1);
    // The follow-up is recorded with its self-contained reading, so an eval can ask it alone.
    expect(clicked).toMatchObject({ vote: 'down', reason: null, question: who, readAs: `G20外相会合 ${who}` });

    const sent = bot.fake.submitModal(second, modal.data.custom_id, { reason: '場所ではなく人を聞いた' });
    await bot.fake.callbackOf(sent);
    await idle();
    const all = await votes();
    expect(all.at(-1)).toMatchObject({ id: clicked?.id, vote: 'down', reason: '場所ではなく人を聞いた', question: who });
  });
});

describe('commands', () => {
  it('/help explains kiji and lists examples from the articles, privately', async () => {
    const help = bot.fake.sendCommand('help', {});
    const callback = await bot.fake.callbackOf(help);
    const data = (callback.body as { data: { flags: number; embeds: APIEmbed[] } }).data;
    expect(data.flags).toBe(MessageFlags.Ephemeral);
    expect(data.embeds[0]?.description).toContain('kiji は読み込んでいる記事だけをもとに質問に答えます');
    expect(data.embeds[0]?.description).toContain('kijiに聞く');
  });

  it('「kijiに聞く」 on a message asks its text, privately, with a share button that posts it to the channel', async () => {
    const target = bot.fake.postMessage({ content: 'ラブロフ外相は上海協力機構について何と言いましたか' });
    const command = bot.fake.sendMessageCommand('Ask kiji', target);
    const edit = await bot.fake.editOf(command);
    const body = edit.body as { embeds: APIEmbed[]; components: unknown[] };
    expect(body.embeds[0]?.description).toContain('上海協力機構の議長国');
    expect(JSON.stringify(body.components)).toContain('kiji:share');
    const deferred = await bot.fake.callbackOf(command);
    expect(deferred.body).toMatchObject({ data: { flags: MessageFlags.Ephemeral } });

    // The private answer as Discord holds it: the bot's ephemeral message with its buttons.
    const privateAnswer = channelMessage(bot.fake.ids, { id: '8300000000000000001', content: '', author: botUser(bot.fake.ids), embeds: body.embeds, components: body.components, flags: MessageFlags.Ephemeral });
    const share = bot.fake.clickButton(privateAnswer, 'kiji:share', { userId: '500000000000000042' });
    const posted = await bot.fake.followUpOf(share);
    const shared = posted.body as { embeds: APIEmbed[]; components: unknown[]; flags?: number };
    expect(shared.flags ?? 0).toBe(0);
    expect(shared.embeds[0]?.description).toBe(body.embeds[0]?.description);
    expect(shared.embeds[0]?.footer?.text).toContain('さんが共有');
    expect(JSON.stringify(shared.components)).not.toContain('kiji:share');
    const cleaned = await bot.fake.editOf(share);
    expect(JSON.stringify((cleaned.body as { components: unknown[] }).components)).not.toContain('kiji:share');
  });
});
