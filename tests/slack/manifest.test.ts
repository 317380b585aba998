/** The manifest an admin pastes must match what the code listens for. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { askCommand } from '../../src/adapters/slack/listeners/ask-command.ts';

const manifest = parse(await readFile(new URL('../../slack-app-manifest.yaml', import.meta.url), 'utf8')) as {
  features: { slash_commands: { command: string }[]; app_home: { messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
};

describe('slack-app-manifest.yaml', () => {
  it('declares the command, events, scopes and interactivity the adapter uses', () => {
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual([askCommand]);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual(['app_mention', 'message.im']);
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(['app_mentions:read', 'chat:write', 'commands', 'im:history']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home).toMatchObject({ messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
