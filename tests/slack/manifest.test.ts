/** The manifest an admin pastes must match what the code listens for. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { askCommands } from '../../src/adapters/slack/listeners/ask-command.ts';

const manifest = parse(await readFile(new URL('../../slack-app-manifest.yaml', import.meta.url), 'utf8')) as {
  features: {
    slash_commands: { command: string }[];
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    assistant_view?: { assistant_description?: string };
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
};

describe('slack-app-manifest.yaml', () => {
  it('declares the command, events, scopes and interactivity the adapter uses', () => {
    expect(manifest.features.slash_commands.map((command) => command.command)).toEqual([...askCommands]);
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'assistant_thread_context_changed',
      'assistant_thread_started',
      'message.im',
    ]);
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual([
      'app_mentions:read',
      'assistant:write',
      'channels:history',
      'chat:write',
      'commands',
      'groups:history',
      'im:history',
      'mpim:history',
    ]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false });
    // Slack refuses assistant:write unless the app declares the assistant view.
    expect(manifest.features.assistant_view?.assistant_description).toBeTruthy();
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
