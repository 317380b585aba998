/**
 * The discord.js binding of SlashInteraction. Ephemeral is a message flag;
 * allowedMentions is set per message here as well as client-wide.
 */
import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { SlashInteraction } from './slash-interaction.ts';

export function fromDiscordJs(interaction: ChatInputCommandInteraction): SlashInteraction {
  const flags = (isPrivate: boolean) => (isPrivate ? MessageFlags.Ephemeral : undefined);
  return {
    id: interaction.id,
    commandName: interaction.commandName,
    userId: interaction.user.id,
    locale: interaction.locale,
    string: (option) => interaction.options.getString(option),
    boolean: (option) => interaction.options.getBoolean(option),
    async defer({ private: isPrivate }) {
      await interaction.deferReply({ flags: flags(isPrivate) });
    },
    async reply(reply, { private: isPrivate }) {
      await interaction.reply({ ...reply, flags: flags(isPrivate) });
    },
    async edit(reply) {
      await interaction.editReply(reply);
    },
  };
}
