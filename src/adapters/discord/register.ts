/**
 * Registering the slash commands and building the invite link.
 *
 * Registration is one bulk overwrite (PUT), so running it again is safe and
 * removes commands this version no longer has. A guild id registers there,
 * instantly; without one the commands are global and can take up to an hour
 * to show in every server.
 */
import { OAuth2Scopes, PermissionFlagsBits, REST, Routes, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { DiscordConfig } from '../../config.ts';
import { commands } from './commands.ts';
import { restOptions } from './rest-options.ts';

export interface Registration {
  scope: 'guild' | 'global';
  names: string[];
}

export async function registerCommands(config: DiscordConfig, rest: REST = createRest(config)): Promise<Registration> {
  const route =
    config.guildId === null
      ? Routes.applicationCommands(config.applicationId)
      : Routes.applicationGuildCommands(config.applicationId, config.guildId);
  const saved = (await rest.put(route, { body: commands })) as RESTPutAPIApplicationCommandsResult;
  return { scope: config.guildId === null ? 'global' : 'guild', names: saved.map((command) => command.name) };
}

export function createRest(config: DiscordConfig): REST {
  return new REST(restOptions(config)).setToken(config.token);
}

/**
 * Permissions the bot's role needs, for answering @kiji mentions only:
 * replies to interactions go through the interaction's own webhook and need
 * none. A mention is answered with a reply in the channel (View Channel, Send
 * Messages, Send Messages in Threads, Embed Links), and a follow-up reads the
 * messages it replies to (Read Message History).
 */
export const requiredPermissions =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory;

/** The OAuth2 link a server admin opens to add the bot with its commands. */
export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(' '),
    permissions: requiredPermissions.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params.toString()}`;
}
