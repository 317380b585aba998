/**
 * The discord.js binding of SlashInteraction. Ephemeral is a message flag;
 * allowedMentions is set per message here as well as client-wide.
 */
import { MessageFlags, type ChatInputCommandInteraction, type MessageContextMenuCommandInteraction } from 'discord.js';
import type { SlashInteraction } from './slash-interaction.ts';

export function fromDiscordJs(interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction): SlashInteraction {
  const flags = (isPrivate: boolean) => (isPrivate ? MessageFlags.Ephemeral : undefined);
  const chat = interaction.isChatInputCommand() ? interaction : null;
  return {
    id: interaction.id,
    commandName: interaction.commandName,
    userId: interaction.user.id,
    locale: interaction.locale,
    // A message command receives the whole message, content included, without the Message Content intent.
    ...(interaction.isMessageContextMenuCommand() ? { targetText: interaction.targetMessage.content } : {}),
    string: (option) => chat?.options.getString(option) ?? null,
    boolean: (option) => chat?.options.getBoolean(option) ?? null,
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
