/**
 * REST settings shared by the bot and the register command. `apiUrl` replaces
 * `https://discord.com/api` (the API version is appended to it), which is how
 * a rate-limit proxy, or the end-to-end test's fake Discord, is put in front.
 */
import type { RESTOptions } from 'discord.js';
import type { DiscordConfig } from '../../config.ts';

export function restOptions(config: DiscordConfig): Partial<RESTOptions> {
  return config.apiUrl === null ? {} : { api: config.apiUrl.replace(/\/+$/, '') };
}
