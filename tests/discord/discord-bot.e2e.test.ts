/**
 * End to end: the real core over the bundled corpus, the real discord.js
 * Client, and a fake Discord on 127.0.0.1 speaking the gateway and REST
 * protocols. Asserts on what the bot sent back over the wire.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayIntentBits, GatewayOpcodes, InteractionResponseType, Locale, MessageFlags, type APIEmbed } from 'discord.js';
import { messages } from '../../src/adapters/shared/messages.ts';
import { bundledCorpusDir } from '../../src/config.ts';
import { createKiji } from '../../src/core/index.ts';
import type { Kiji } from '../../src/core/kiji.ts';
import { silentLogger } from '../../src/logger.ts';
import type { RecordedRequest, SentInteraction } from './fake-discord.ts';
import { startBot, type RunningBot } from './discord-harness.ts';

const g20 = { file: 'g20-wang-yi-lavrov-johannesburg.txt', title: 'G20外相会合で王毅氏とラブロフ氏が会談 中国・ロシア関係の強化を確認' };
const kualaLumpur = { file: '2025-07-10-wang-yi-lavrov-kuala-lumpur.txt', title: '王毅外相「ロシアと戦略協調を強化」ASEANと中東で連携確認' };
const rateLimit = 3;

let kiji: Kiji;
let bot: RunningBot;
/** When set, the core fails the next question (a core failure, without faking the core). */
let failNextAsk: Error | null = null;
/** Requests recorded when the core was asked: proves the bot deferred before the slow part. */
const requestsWhenAsked: number[] = [];
const timings: { question: string; deferMs: number; editMs: number }[] = [];

beforeAll(async () => {
  kiji = await createKiji({ corpusDir: bundledCorpusDir, logger: silentLogger });
  const watched: Kiji = {
    ...kiji,
    async ask(question, options) {
      requestsWhenAsked.push(bot.fake.requests.items.length);
      const failure = failNextAsk;
      failNextAsk = null;
      if (failure) throw failure;
      return kiji.ask(question, options);
    },
  };
  bot = await startBot(watched, { rateLimitPerMinute: rateLimit });
});

afterAll(async () => {
  await bot?.stop();
  await kiji?.close();
  if (timings.length > 0) {
    const edits = timings.map((t) => t.editMs).sort((a, b) => a - b);
    const lines = timings.map((t) => `  edited ${t.editMs.toFixed(1).padStart(6)} ms (deferred ${t.deferMs.toFixed(1).padStart(5)} ms)  ${JSON.stringify(t.question.slice(0, 30))}`);
    // Printed, never asserted: how long a /ask takes from INTERACTION_CREATE to the edited reply, over loopback.
    console.info(`discord e2e /ask timings (median edit ${edits[Math.floor(edits.length / 2)]?.toFixed(1)} ms):\n${lines.join('\n')}`);
  }
});

let nextUser = 0;
/** A fresh asker per test, so the per-user rate limit only bites where a test wants it to. */
const newUser = () => `50000000000000${String((nextUser += 1)).padStart(4, '0')}`;

async function ask(question: string, options: { private?: boolean; userId?: string } = {}) {
  const sentAt = performance.now();
  const sent = bot.fake.sendCommand('ask', { question, ...(options.private === undefined ? {} : { private: options.private }) }, { userId: options.userId ?? newUser() });
  const callback = await bot.fake.callbackOf(sent);
  const deferMs = performance.now() - sentAt;
  if (callback.status !== 204 || (callback.body as { type: number }).type !== InteractionResponseType.DeferredChannelMessageWithSource) {
    return { sent, callback, edit: null };
  }
  const edit = await bot.fake.editOf(sent);
  timings.push({ question, deferMs, editMs: performance.now() - sentAt });
  return { sent, callback, edit };
}

function editBody(edit: RecordedRequest | null) {
  expect(edit?.status).toBe(200);
  return edit?.body as { content?: string; embeds?: APIEmbed[]; allowed_mentions?: unknown };
}

/** The quotes of an answer embed, markdown escapes removed, by citation number. */
function quotes(embed: APIEmbed | undefined): Map<number, string> {
  const found = [...(embed?.description ?? '').matchAll(/^> (.*) \[(\d+)\]$/gm)];
  return new Map(found.map((match) => [Number(match[2]), (match[1] ?? '').replace(/\\(.)/g, '$1')]));
}

const articleText = (file: string) => readFile(join(bundledCorpusDir, file), 'utf8');

describe('the Discord bot against a local Discord', () => {
  it('logs in over the gateway with the token, the Guilds and (unprivileged) message intents and REST through DISCORD_API_URL', async () => {
    const gatewayBot = bot.fake.requests.items.find((request) => request.route === '/gateway/bot');
    expect(gatewayBot?.authorization).toBe(`Bot ${bot.fake.token}`);
    const identify = await bot.fake.gateway.received.waitFor((frame) => frame.op === GatewayOpcodes.Identify);
    // No MessageContent: a mention's content reaches the bot without it.
    expect(identify.d).toMatchObject({ token: bot.fake.token, intents: GatewayIntentBits.Guilds | GatewayIntentBits.GuildMessages | GatewayIntentBits.DirectMessages });
    // The gateway can ask for a heartbeat at any time; a bot that ignores it gets disconnected.
    await bot.fake.gateway.requestHeartbeat();
  });

  it('/ask defers at once, then edits in a quote from the right article with its citation', async () => {
    const question = 'G20外相会合はどこで開かれましたか';
    const { callback, edit } = await ask(question);
    expect(callback.body).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: 0 } });
    // Deferred before the core was asked: a slow answer cannot miss Discord's 3-second window.
    const callbackIndex = bot.fake.requests.items.indexOf(callback);
    expect(callbackIndex).toBeLessThan(requestsWhenAsked.at(-1) ?? -1);

    const body = editBody(edit);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    const embed = body.embeds?.[0];
    expect(embed?.title).toBe(question);
    const first = quotes(embed).get(1) ?? '';
    expect(first).toContain('ヨハネスブルク');
    expect(await articleText(g20.file)).toContain(first); // verbatim from the article
    expect(embed?.description).toContain(`[1] **${g20.title}**`);
    expect(embed?.description).toContain('**出典**');
  });

  it('answers only to the asker when asked to', async () => {
    const { callback, edit } = await ask('王毅外相とラブロフ外相はクアラルンプールで何を話しましたか', { private: true });
    expect(callback.body).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: MessageFlags.Ephemeral } });
    const embed = editBody(edit).embeds?.[0];
    const first = quotes(embed).get(1) ?? '';
    expect(first).toContain('クアラルンプール');
    expect(await articleText(kualaLumpur.file)).toContain(first);
    expect(embed?.description).toContain(`[1] **${kualaLumpur.title}**`);
  });

  it("says so, with the core's reason, when the articles do not answer", async () => {
    const question = '東京の明日の天気は？';
    const expected = await kiji.ask(question);
    if (expected.answered) throw new Error('the corpus was expected not to answer this');
    const body = editBody((await ask(question)).edit);
    expect(body.embeds?.[0]?.description).toBe(expected.reason);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('quotes a hostile question without pinging, formatting or passing control characters on', async () => {
    const hostile = `@everyone @here <@&900000000000000009> \u0007\u001b[31m\u202e 王毅外相はどこで会談しましたか？`;
    const body = editBody((await ask(hostile)).edit);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    const shown = JSON.stringify(body.embeds);
    expect(shown).not.toMatch(/@everyone|@here|<@&/);
    expect(shown).not.toMatch(/\\u00(0|1)[0-9a-f]|\u202e/i);
    expect(body.content ?? '').toBe('');
  });

  it('asks without the mentions in the question: a refusal names no @everyone, role or channel', async () => {
    const question = '北朝鮮について王毅外相は何と言った？';
    const expected = await kiji.ask(question);
    if (expected.answered) throw new Error('the corpus was expected not to answer this');
    const body = editBody((await ask(`@everyone <@&900000000000000009> <#900000000000000010> ${question}`)).edit);
    expect(body.embeds?.[0]?.description).toBe(expected.reason);
  });

  it('refuses a 3,000-character question politely, in one reply within the limits', async () => {
    const hostile = `@everyone ${'王毅外相はどこで会談しましたか？\u0000'.repeat(200)}`.slice(0, 3000);
    expect(hostile).toHaveLength(3000);
    const body = editBody((await ask(hostile)).edit);
    expect(body).toMatchObject({ content: messages.ja.tooLong(1000), embeds: [], allowed_mentions: { parse: [] } });
  });

  it('apologises in Japanese with an error id when the core fails, logs the same id and the interaction id, and keeps answering', async () => {
    failNextAsk = new Error('index unreadable');
    const { sent, edit } = await ask('G20外相会合はどこで開かれましたか');
    const logged = bot.logs.find((entry) => entry.level === 'error' && entry.fields.interaction === sent.id);
    expect(logged?.fields.error).toBeInstanceOf(Error);
    const errorId = String(logged?.fields.requestId);
    expect(errorId).toMatch(/^[0-9a-f]{8}$/);
    // The id the user can quote is the one in the log: that is how a report is traced.
    expect(editBody(edit)).toMatchObject({ content: `${messages.ja.apology}\n${messages.ja.errorId(errorId)}`, embeds: [], allowed_mentions: { parse: [] } });
    expect(JSON.stringify(bot.logs)).not.toContain(bot.fake.token);

    const after = await ask('G20外相会合はどこで開かれましたか');
    expect(quotes(editBody(after.edit).embeds?.[0]).get(1)).toContain('ヨハネスブルク');
  });

  it('limits each user, replying privately at once instead of deferring', async () => {
    const userId = newUser();
    for (let i = 0; i < rateLimit; i += 1) expect(editBody((await ask('G20外相会合はどこで開かれましたか', { userId })).edit).embeds).toHaveLength(1);
    const { callback, edit } = await ask('G20外相会合はどこで開かれましたか', { userId });
    expect(edit).toBeNull();
    expect(callback.body).toMatchObject({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: messages.ja.rateLimited(60), flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } },
    });
  });

  it('/sources lists the bundled articles in the asker\'s language', async () => {
    const sent: SentInteraction = bot.fake.sendCommand('sources', {}, { locale: Locale.EnglishUS });
    const callback = await bot.fake.callbackOf(sent);
    const data = (callback.body as { type: number; data: { embeds: APIEmbed[]; allowed_mentions: unknown } }).data;
    expect(data.embeds[0]?.title).toBe(messages.en.sourcesHeading(2));
    expect(data.embeds[0]?.description).toContain(g20.title);
    expect(data.embeds[0]?.description).toContain(kualaLumpur.title);
    expect(data.allowed_mentions).toEqual({ parse: [] });
  });

  it('measures /ask from interaction to edited reply over a few warm questions', async () => {
    const questions = ['G20外相会合はどこで開かれましたか', 'ラブロフ外相は上海協力機構について何と言いましたか', '王毅外相はイラン核問題で何を強調しましたか'];
    for (const question of questions) expect(editBody((await ask(question)).edit).embeds).toHaveLength(1);
    await bot.adapter.idle();
  });
});
