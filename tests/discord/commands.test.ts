import { describe, expect, it } from 'vitest';
import { ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { commands } from '../../src/adapters/discord/commands.ts';
import { inviteUrl } from '../../src/adapters/discord/register.ts';

// Discord's rule for CHAT_INPUT command and option names (Application Command Naming).
const discordName = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

type Named = { name: string; name_localizations?: Record<string, string | null> | null; description: string; description_localizations?: Record<string, string | null> | null };

const slash = commands.filter((command): command is RESTPostAPIChatInputApplicationCommandsJSONBody => command.type === ApplicationCommandType.ChatInput);

function everyNamed(): Named[] {
  return slash.flatMap((command) => [command, ...(command.options ?? [])]);
}

describe('the slash commands', () => {
  it('are /ask, /sources and /help, and the message command 「kijiに聞く」', () => {
    expect(slash.map((command) => command.name)).toEqual(['ask', 'sources', 'help']);
    const menu = commands.find((command) => command.type === ApplicationCommandType.Message);
    expect(menu).toMatchObject({ name: 'Ask kiji', name_localizations: { ja: 'kijiに聞く' } });
    // Context-menu names are free text (1–32 characters) and carry no description.
    expect(menu && 'description' in menu).toBe(false);
  });

  it('can be installed to a server or a user, and used in servers, the bot’s DMs and other DMs', () => {
    for (const command of commands) {
      expect(command.integration_types).toEqual([0, 1]);
      expect(command.contexts).toEqual([0, 1, 2]);
    }
  });

  it('have names and descriptions Discord accepts, with Japanese localisations', () => {
    for (const item of everyNamed()) {
      const names = [item.name, ...Object.values(item.name_localizations ?? {})].filter((name) => name !== null);
      for (const name of names) {
        expect(name).toMatch(discordName);
        expect(name).toBe(name.toLowerCase());
      }
      const descriptions = [item.description, ...Object.values(item.description_localizations ?? {})].filter((d) => d !== null);
      for (const description of descriptions) {
        expect(description.length).toBeGreaterThan(0);
        expect(description.length).toBeLessThanOrEqual(100);
      }
      expect(item.description_localizations?.ja).toBeTruthy();
    }
  });

  it('asks for a required question, 質問 in Japanese, and an optional private switch', () => {
    const ask = slash.find((command) => command.name === 'ask');
    expect(ask?.options).toMatchObject([
      { name: 'question', name_localizations: { ja: '質問' }, type: 3, required: true, max_length: 1000 },
      { name: 'private', type: 5, required: false },
    ]);
  });
});

describe('the invite URL', () => {
  it('asks for the bot and applications.commands scopes, and only what answering a mention needs', () => {
    const url = new URL(inviteUrl('123456789012345678'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('123456789012345678');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    // View Channel, Send Messages, Embed Links, Read Message History, Send Messages in Threads.
    expect(url.searchParams.get('permissions')).toBe(String(1024 + 2048 + 16384 + 65536 + 2 ** 38));
  });
});
