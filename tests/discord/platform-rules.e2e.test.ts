/**
 * The fake Discord keeps Discord's rules, so the bot's tests can fail for the
 * reasons production would: the 3-second deadline (10062), 429s with the
 * headers discord.js obeys, and mentions that would ping. Each rule is shown
 * through the real discord.js, against the bot where the bot is involved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordAPIError, REST, Routes } from 'discord.js';
import { createFakeKiji, citation } from '../support/fake-kiji.ts';
import { startBot, type RunningBot } from './discord-harness.ts';
import { interactionDeadlineMs, interactionTokenLifetimeMs } from './fake-discord.ts';
import { wouldPing } from './mentions.ts';

const question = 'G20外相会合はどこで開かれましたか';
const kiji = createFakeKiji({ answers: { [question]: [citation(1)] } });
let bot: RunningBot;

beforeAll(async () => {
  bot = await startBot(kiji, { rateLimitPerMinute: 1000 });
});
afterAll(async () => bot?.stop());

const isEdit = (request: { method: string; route: string }) => request.method === 'PATCH' && request.route.endsWith('/messages/@original');

describe('the fake Discord enforces', () => {
  it('the 3-second deadline: a deferral after it is 10062 Unknown interaction, and the bot carries on', async () => {
    const late = bot.fake.sendCommand('ask', { question });
    // The dispatch is on its way; by the fake's clock the bot answers it 3 s late.
    bot.fake.advanceClock(interactionDeadlineMs + 1);
    const callback = await bot.fake.callbackOf(late);
    expect(callback.status).toBe(404);
    expect(await bot.fake.requests.waitFor((request) => request.route === callback.route && request !== callback)).toMatchObject({
      status: 404, // the failure reply is refused for the same reason; the bot logs it instead of crashing
    });
    await bot.adapter.idle();
    expect(bot.logs.some((line) => line.level === 'error' && line.fields.interaction === late.id)).toBe(true);

    const onTime = bot.fake.sendCommand('ask', { question });
    expect((await bot.fake.callbackOf(onTime)).status).toBe(204);
    expect((await bot.fake.editOf(onTime)).status).toBe(200);
  });

  it('the 15-minute life of an interaction token: an edit after it is 401 Invalid Webhook Token', async () => {
    const rest = new REST({ api: bot.fake.apiUrl }).setToken(bot.fake.token);
    const sent = bot.fake.sendCommand('ask', { question });
    await bot.fake.editOf(sent);
    bot.fake.advanceClock(interactionTokenLifetimeMs + 1);
    const refused = await rest
      .patch(Routes.webhookMessage(bot.fake.ids.applicationId, sent.token, '@original'), { body: { content: 'late', allowed_mentions: { parse: [] } }, auth: false })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DiscordAPIError);
    expect((refused as DiscordAPIError).code).toBe(50027);
  });

  it('rate limits: a 429 on the edit makes discord.js wait Retry-After and send it again', async () => {
    bot.fake.rateLimit({ match: isEdit, retryAfterSeconds: 0.05 });
    const sent = bot.fake.sendCommand('ask', { question });
    const edits = () => bot.fake.requests.items.filter((request) => isEdit(request) && request.route.includes(sent.token));
    const delivered = await bot.fake.requests.waitFor((request) => isEdit(request) && request.route.includes(sent.token) && request.status === 200);
    expect(edits().map((request) => request.status)).toEqual([429, 200]);
    expect(delivered.body).toMatchObject({ embeds: [{ title: question }] });
  });

  it('rate limits: the 429 carries retry_after and the X-RateLimit headers Discord sends', async () => {
    bot.fake.rateLimit({ match: (request) => request.route === '/gateway/bot', retryAfterSeconds: 1.5, global: true });
    const response = await fetch(`${bot.fake.apiUrl}/v10/gateway/bot`, { headers: { authorization: `Bot ${bot.fake.token}` } });
    expect(response.status).toBe(429);
    expect(await response.json()).toEqual({ message: 'You are being rate limited.', retry_after: 1.5, global: true });
    expect(response.headers.get('retry-after')).toBe('1.5');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(response.headers.get('x-ratelimit-reset-after')).toBe('1.5');
    expect(response.headers.get('x-ratelimit-global')).toBe('true');
    expect(response.headers.get('x-ratelimit-scope')).toBe('global');
  });

  it('allowed_mentions: a message that would ping is refused, the same text with parse: [] is not', async () => {
    const sent = bot.fake.sendCommand('ask', { question });
    expect((await bot.fake.editOf(sent)).body).toMatchObject({ allowed_mentions: { parse: [] } });
    await bot.adapter.idle();
    // Edit the bot's reply by hand, as a bot that forgot allowed_mentions would.
    const rest = new REST({ api: bot.fake.apiUrl }).setToken(bot.fake.token);
    const route = Routes.webhookMessage(bot.fake.ids.applicationId, sent.token, '@original');
    const refused = await rest.patch(route, { body: { content: '@everyone 見てください' }, auth: false }).catch((error: unknown) => error);
    if (!(refused instanceof DiscordAPIError)) return expect.fail('the fake accepted a message that pings @everyone');
    expect(refused.code).toBe(50035);
    expect(refused.message).toContain('Invalid Form Body');
    await expect(rest.patch(route, { body: { content: '@everyone 見てください', allowed_mentions: { parse: [] } }, auth: false })).resolves.toBeDefined();
  });
});

describe('wouldPing', () => {
  it('follows allowed_mentions: absent pings everything, parse: [] nothing, listed ids only themselves', () => {
    const content = '@everyone <@123> <@!124> <@&456> @here';
    expect(wouldPing({ content })).toEqual(['@everyone', '@here', '<@123>', '<@!124>', '<@&456>']);
    expect(wouldPing({ content, allowed_mentions: { parse: [] } })).toEqual([]);
    expect(wouldPing({ content, allowed_mentions: { parse: [], users: ['123'], roles: [] } })).toEqual(['<@123>']);
    expect(wouldPing({ content, allowed_mentions: { parse: ['roles'] } })).toEqual(['<@&456>']);
    expect(wouldPing({ content: 'no mentions here, just an @ sign', allowed_mentions: undefined })).toEqual([]);
  });
});
