/**
 * Clicks on the buttons under an answer, and the 👎 reason modal.
 *
 * - 👍: recorded, thanked privately.
 * - 👎: the reason modal opens at once (it must be the first response), and
 *   the vote is recorded then, without a reason: Discord sends nothing when a
 *   modal is dismissed. A reason sent later is a second line with the same
 *   vote id (`npm run feedback` keeps the last).
 * - Share: a private answer is posted to the channel as it was shown, and the
 *   private copy loses its share button.
 *
 * The answer voted on is read back from Discord, not from memory: its
 * question is the embed's title, the earlier questions its reply chain, and
 * the citations shown are those kiji gives that reading now (the same unless
 * the articles changed between the answer and the click).
 */
import { MessageFlags, type ButtonInteraction, type Message, type ModalSubmitInteraction } from 'discord.js';
import type { Kiji } from '../../core/index.ts';
import type { Logger } from '../../logger.ts';
import type { FeedbackLog } from '../shared/feedback-log.ts';
import { votedAnswerOf } from '../shared/voted-answer.ts';
import { answerButtons, buttonTexts, customIds, reasonModal } from './buttons.ts';
import { localeLanguage } from './handle-interaction.ts';
import { conversationOf } from './reply-chain.ts';

export interface ComponentHandlerDeps {
  kiji: Kiji;
  logger: Logger;
  feedback: FeedbackLog | null;
}

export function createComponentHandler({ kiji, logger, feedback }: ComponentHandlerDeps) {
  const record = async (message: Message | null, vote: 'up' | 'down', reason: string | null, userId: string, id: string | undefined) => {
    if (feedback === null || message === null) return;
    try {
      const turns = await conversationOf(message, message.client.user.id, logger);
      const question = turns.at(-1);
      if (question === undefined) {
        logger.warn('vote on a message without a question ignored', { message: message.id });
        return;
      }
      const answer = await kiji.ask(question, { context: turns.slice(0, -1) });
      await feedback.record({ ...votedAnswerOf(answer), vote, reason, platform: 'discord', userId, ...(id === undefined ? {} : { id }) });
      logger.info('vote recorded', { vote, reason: reason !== null });
    } catch (error) {
      logger.error('could not record the vote', { error });
    }
  };

  return {
    async button(interaction: ButtonInteraction): Promise<void> {
      const say = buttonTexts[localeLanguage(interaction.locale)];
      try {
        if (interaction.customId === customIds.voteUp) {
          await interaction.reply({ content: say.thanks, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
          await record(interaction.message, 'up', null, interaction.user.id, undefined);
        } else if (interaction.customId === customIds.voteDown) {
          const id = crypto.randomUUID();
          await interaction.showModal(reasonModal(id, localeLanguage(interaction.locale)));
          await record(interaction.message, 'down', null, interaction.user.id, id);
        } else if (interaction.customId === customIds.share) {
          await share(interaction, feedback !== null, say.sharedBy(interaction.user.username));
        }
      } catch (error) {
        logger.error('button failed', { customId: interaction.customId, error });
      }
    },
    async modal(interaction: ModalSubmitInteraction): Promise<void> {
      if (!interaction.customId.startsWith(customIds.reasonPrefix)) return;
      const say = buttonTexts[localeLanguage(interaction.locale)];
      try {
        await interaction.reply({ content: say.thanks, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
        const reason = interaction.fields.getTextInputValue(customIds.reasonInput).trim();
        if (reason !== '') await record(interaction.message, 'down', reason, interaction.user.id, interaction.customId.slice(customIds.reasonPrefix.length));
      } catch (error) {
        logger.error('reason modal failed', { error });
      }
    },
  };
}

/** Posts the private answer to the channel (a follow-up message) and takes the share button off the private copy. */
async function share(interaction: ButtonInteraction, feedback: boolean, sharedBy: string): Promise<void> {
  await interaction.deferUpdate();
  const embeds = interaction.message.embeds.map((embed) => {
    const data = embed.toJSON();
    return { ...data, footer: { text: data.footer?.text ? `${data.footer.text} · ${sharedBy}` : sharedBy } };
  });
  const language = localeLanguage(interaction.locale);
  await interaction.followUp({ embeds, components: answerButtons(language, { feedback, shareable: false }), allowedMentions: { parse: [] } });
  await interaction.editReply({ components: answerButtons(language, { feedback, shareable: false }) });
}
