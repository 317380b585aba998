/**
 * `npm run discord:register` against the fake Discord: the command JSON it
 * sends, where it sends it, and what it prints.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscordAPIError } from 'discord.js';
import { commands } from '../../src/adapters/discord/commands.ts';
import { inviteUrl, registerCommands } from '../../src/adapters/discord/register.ts';
import type { DiscordConfig } from '../../src/config.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

let fake: FakeDiscord;
let config: DiscordConfig;

beforeAll(async () => {
  fake = await startFakeDiscord();
  config = { token: fake.token, applicationId: fake.ids.applicationId, guildId: fake.ids.guildId, apiUrl: fake.apiUrl };
});
afterAll(async () => fake?.close());

const puts = () => fake.requests.items.filter((request) => request.method === 'PUT');

describe('registering the commands', () => {
  it('overwrites the guild commands with /ask, /sources, /help and the message command, authenticated as the bot', async () => {
    const before = puts().length;
    const result = await registerCommands(config);
    expect(result).toEqual({ scope: 'guild', names: ['ask', 'sources', 'help', 'Ask kiji'] });
    const request = puts()[before];
    expect(request?.route).toBe(`/applications/${fake.ids.applicationId}/guilds/${fake.ids.guildId}/commands`);
    expect(request?.authorization).toBe(`Bot ${fake.token}`);
    expect(request?.body).toEqual(commands);
    expect(request?.body).toMatchObject([
      {
        name: 'ask',
        description_localizations: { ja: expect.any(String) },
        options: [
          { name: 'question', name_localizations: { ja: '質問' }, type: 3, required: true },
          { name: 'private', type: 5, required: false },
        ],
      },
      { name: 'sources' },
      { name: 'help' },
      { name: 'Ask kiji', type: 3, name_localizations: { ja: 'kijiに聞く' } },
    ]);
  });

  it('registers globally when no guild is configured', async () => {
    const result = await registerCommands({ ...config, guildId: null });
    expect(result.scope).toBe('global');
    expect(puts().at(-1)?.route).toBe(`/applications/${fake.ids.applicationId}/commands`);
  });

  it("reports Discord's refusal of a wrong token", async () => {
    await expect(registerCommands({ ...config, token: 'wrong' })).rejects.toBeInstanceOf(DiscordAPIError);
  });

  it('runs as `npm run discord:register`: registers, then prints the invite URL', async () => {
    const before = puts().length;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/adapters/discord/register-main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        KIJI_ENV_FILE: '',
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.ids.applicationId,
        DISCORD_GUILD_ID: fake.ids.guildId,
        DISCORD_API_URL: fake.apiUrl,
      },
    });
    expect(puts()).toHaveLength(before + 1);
    expect(stdout).toContain(`Registered /ask, /sources, /help, 「Ask kiji」 in server ${fake.ids.guildId}`);
    expect(stdout).toContain(inviteUrl(fake.ids.applicationId));
  });

  it('names the missing variable and exits non-zero', async () => {
    const failure = await run(process.execPath, ['--import', 'tsx', 'src/adapters/discord/register-main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH, KIJI_ENV_FILE: '', DISCORD_APPLICATION_ID: fake.ids.applicationId },
    }).then(
      () => null,
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('DISCORD_TOKEN is missing');
  });
});
