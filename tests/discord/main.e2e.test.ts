/**
 * `npm run discord` as a process: environment in, answers out through the
 * fake Discord, a clean exit on SIGTERM. Covers the wiring in main.ts that
 * the adapter tests cannot (config, core, logger).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { GatewayOpcodes, InteractionResponseType, MessageFlags, type APIEmbed } from 'discord.js';
import { messages } from '../../src/adapters/shared/messages.ts';
import { startProcess } from '../support/bot-process.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord();
});
afterAll(async () => fake?.close());

it('npm run discord logs in, answers /ask from the bundled corpus, and exits cleanly on SIGTERM', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/adapters/discord/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.ids.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      KIJI_NO_CACHE: '1',
      KIJI_ENV_FILE: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;

  // Interactions that arrive before discord.js is fully ready are queued by it, so IDENTIFY is enough to go on.
  // A bot that dies on start-up fails the test with its stderr, instead of leaving it waiting.
  const died = exited.then(([code]) => {
    throw new Error(`the bot exited early (code ${code}):\n${stderr}`);
  });
  await Promise.race([fake.gateway.received.waitFor((frame) => frame.op === GatewayOpcodes.Identify), died]);
  died.catch(() => {}); // it will "fail" later, on the SIGTERM we send.
  const sent = fake.sendCommand('ask', { question: 'G20外相会合はどこで開かれましたか' });
  const edit = await fake.editOf(sent);
  const embed = (edit.body as { embeds: APIEmbed[] }).embeds[0];
  expect(embed?.description).toMatch(/^> .*ヨハネスブルク.* \[1\]$/m);

  child.kill('SIGTERM');
  const [code] = await exited;
  expect(code).toBe(0);
  expect(stderr).toContain('ready');
  expect(stderr).toContain('shutting down');
  expect(stderr).not.toContain(fake.token);
});

it('on SIGTERM turns new questions away at once, finishes the one in flight, and exits 0', async () => {
  const bot = startProcess('src/adapters/discord/main.ts', {
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.ids.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    KIJI_LOG_LEVEL: 'info',
  });
  await bot.waitForStderr('ready');
  // Discord rate-limits the answer's edit: discord.js waits Retry-After (1 s) and sends it again.
  const isEdit = (request: { method: string; route: string }) => request.method === 'PATCH' && request.route.endsWith('/messages/@original');
  fake.rateLimit({ match: isEdit, retryAfterSeconds: 1 });
  const inFlight = fake.sendCommand('ask', { question: 'G20外相会合はどこで開かれましたか' });
  await fake.requests.waitFor((request) => isEdit(request) && request.route.includes(inFlight.token) && request.status === 429);

  bot.child.kill('SIGTERM');
  await bot.waitForStderr('shutting down');
  const late = fake.sendCommand('ask', { question: 'G20外相会合はどこで開かれましたか' });
  const turnedAway = await fake.callbackOf(late);
  expect(turnedAway.body).toMatchObject({
    type: InteractionResponseType.ChannelMessageWithSource,
    data: { content: messages.ja.shuttingDown, flags: MessageFlags.Ephemeral },
  });

  expect(await bot.exited).toBe(0);
  const delivered = fake.requests.items.filter((request) => isEdit(request) && request.route.includes(inFlight.token)).map((request) => request.status);
  expect(delivered).toEqual([429, 200]);
  expect(bot.stderr).not.toContain('still open');
});
