/**
 * `@kiji 質問` in a channel, or any message in a DM with the bot: answered
 * in a reply to it. A message that replies to one of kiji's answers (or to a
 * message in such a chain) is read with the chain's earlier questions, read
 * from Discord. The content arrives without the privileged Message Content
 * intent: Discord shows a bot the messages that mention it, DMs to it and
 * replies to its messages. The question goes through the shared guarded ask
 * (rate limit, error boundary, logs). Never throws; the reply never pings.
 */
import type { Message } from 'discord.js';
import type { Kiji } from '../../core/index.ts';
import type { Logger } from '../../logger.ts';
import type { AskSafely } from '../shared/ask-safely.ts';
import type { InFlight } from '../shared/in-flight.ts';
import { guessLanguage, messages } from '../shared/messages.ts';
import { renderOutcome } from './handle-interaction.ts';
import { renderHelp } from './render-help.ts';
import { earlierQuestions, withoutMentions } from './reply-chain.ts';
import { textReply, type DiscordReply } from './reply.ts';

export interface MessageHandlerDeps {
  kiji: Kiji;
  askSafely: AskSafely;
  logger: Logger;
  inFlight?: Pick<InFlight, 'closing'>;
  feedback: boolean;
}

export function createMessageHandler({ kiji, askSafely, logger, inFlight, feedback }: MessageHandlerDeps): (message: Message, botId: string) => Promise<void> {
  return async (message, botId) => {
    if (message.author.bot || message.author.id === botId) return;
    const inDm = message.guildId === null;
    // A mention of the bot itself (or a reply to it, with ping); not @everyone or a role it has.
    if (!inDm && !message.mentions.has(botId, { ignoreEveryone: true, ignoreRoles: true })) return;
    const fields = { message: message.id, via: inDm ? 'dm' : 'mention' };
    const question = withoutMentions(message.content);
    const send = async (reply: DiscordReply) => {
      try {
        await message.reply({ ...reply, allowedMentions: { parse: [], repliedUser: false } });
      } catch (error) {
        logger.error('could not reply to the message', { ...fields, error });
      }
    };
    if (inFlight?.closing) {
      await send(textReply(messages[guessLanguage(question)].shuttingDown));
      return;
    }
    if (question === '') {
      await send(renderHelp(await kiji.examples(), 'ja', { empty: true }));
      return;
    }
    const context = await earlierQuestions(message, botId, logger);
    const outcome = await askSafely({ question, user: message.author.id, via: fields.via, fields, context });
    await send(renderOutcome(outcome, { feedback }));
  };
}
