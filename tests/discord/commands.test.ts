import { describe, expect, it } from 'vitest';
import { commands } from '../../src/adapters/discord/commands.ts';
import { inviteUrl } from '../../src/adapters/discord/register.ts';

// Discord's rule for CHAT_INPUT command and option names (Application Command Naming).
const discordName = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

type Named = { name: string; name_localizations?: Record<string, string | null> | null; description: string; description_localizations?: Record<string, string | null> | null };

function everyNamed(): Named[] {
  return commands.flatMap((command) => [command, ...(command.options ?? [])]);
}

describe('the slash commands', () => {
  it('are /ask and /sources', () => {
    expect(commands.map((command) => command.name)).toEqual(['ask', 'sources']);
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
    const ask = commands.find((command) => command.name === 'ask');
    expect(ask?.options).toMatchObject([
      { name: 'question', name_localizations: { ja: '質問' }, type: 3, required: true, max_length: 1000 },
      { name: 'private', type: 5, required: false },
    ]);
  });
});

describe('the invite URL', () => {
  it('asks for the bot and applications.commands scopes and no permissions', () => {
    const url = new URL(inviteUrl('123456789012345678'));
    expect(url.origin + url.pathname).toBe('https://discord.com/oauth2/authorize');
    expect(url.searchParams.get('client_id')).toBe('123456789012345678');
    expect(url.searchParams.get('scope')).toBe('bot applications.commands');
    expect(url.searchParams.get('permissions')).toBe('0');
  });
});
