/**
 * `npm run discord` as an operator meets it when it cannot serve: a refused
 * token, an unreachable Discord, a gateway that closes for good. Each time:
 * one line on stderr naming the cause (no stack trace, no token), exit code 1
 * (the process does exit: before the fix it printed its line and lived on,
 * holding the corpus watcher open).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayOpcodes } from 'discord.js';
import { deadPort, startBlackhole, startProcess } from '../support/bot-process.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord.ts';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => fake?.close());

const discord = (env: Record<string, string>) =>
  startProcess('src/adapters/discord/main.ts', { DISCORD_APPLICATION_ID: fake.ids.applicationId, KIJI_LOG_LEVEL: 'warn', ...env });

/** Lines on stderr, log lines of the corpus load aside. */
const lines = (stderr: string) => stderr.split('\n').filter((line) => line !== '');

describe('npm run discord when it cannot serve', () => {
  it('a refused token: one line naming DISCORD_TOKEN, exit 1', async () => {
    const bot = discord({ DISCORD_TOKEN: 'revoked-token', DISCORD_API_URL: fake.apiUrl });
    expect(await bot.exited).toBe(1);
    expect(lines(bot.stderr)).toEqual([expect.stringMatching(/^kiji discord: Discord refused DISCORD_TOKEN \(An invalid token was provided\.\)/)]);
    expect(bot.stderr).not.toContain('revoked-token');
  });

  it('an unreachable Discord: one line saying so (not blaming the token), exit 1', async () => {
    const url = `http://127.0.0.1:${await deadPort()}/api`;
    const bot = discord({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: url });
    expect(await bot.exited).toBe(1);
    expect(lines(bot.stderr)).toEqual([`kiji discord: could not reach Discord at ${url} (connect ECONNREFUSED ${url.slice('http://'.length, -'/api'.length)}, ECONNREFUSED); check the network and DISCORD_API_URL`]);
  });

  it('a Discord that never answers: gives up after the start deadline with one line, exit 1', async () => {
    const blackhole = await startBlackhole();
    try {
      const bot = discord({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: `http://127.0.0.1:${blackhole.port}/api` });
      expect(await bot.exited).toBe(1);
      expect(lines(bot.stderr)).toEqual(['kiji discord: no answer from discord within 5 s; check the network']);
    } finally {
      await blackhole.close();
    }
  });

  it('a gateway that closes for good after start: says so and exits 1', async () => {
    const identified = fake.gateway.received.items.length;
    const bot = discord({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, KIJI_LOG_LEVEL: 'info' });
    await fake.gateway.received.waitFor((frame) => frame.op === GatewayOpcodes.Identify && fake.gateway.received.items.indexOf(frame) >= identified);
    await bot.waitForStderr('ready');
    // 4014 Disallowed intents: what Discord sends when the bot's intents were switched off in the portal.
    fake.gateway.closeAll(4014, 'Disallowed intent(s).');
    expect(await bot.exited).toBe(1);
    expect(bot.stderr).toMatch(/cannot serve any more: the Discord gateway closed the connection for good \(code 4014, DisallowedIntents\)/);
    expect(bot.stderr).not.toContain('still open');
  });
});
