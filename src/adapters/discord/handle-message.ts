/**
 * `@kiji 質問` in a channel, or any message in a DM with the bot: answered
 * in a reply to it. A message that replies to one of kiji's answers (or to a
 * message in such a chain) is read with the chain's earlier questions, read
 * from Discord. The content arrives without the privileged Message Content
 * intent: Discord shows a bot the messages that mention it, DMs to it and
 * replies to its messages. Never throws; the reply never pings.
 */
import type { Message } from 'discord.js';
import type { Kiji } from '../../core/index.ts';
import type { Logger } from '../../logger.ts';
import { describeFailure, guessLanguage, messages } from '../shared/messages.ts';
import type { RateLimiter } from '../shared/rate-limiter.ts';
import { renderAnswer } from './render-answer.ts';
import { renderHelp } from './render-help.ts';
import { earlierQuestions, questionFromContent } from './reply-chain.ts';
import { textReply, type DiscordReply } from './reply.ts';

export interface MessageHandlerDeps {
  kiji: Kiji;
  logger: Logger;
  rateLimiter: RateLimiter;
  feedback: boolean;
}

export function createMessageHandler({ kiji, logger, rateLimiter, feedback }: MessageHandlerDeps): (message: Message, botId: string) => Promise<void> {
  return async (message, botId) => {
    if (message.author.bot || message.author.id === botId) return;
    const inDm = message.guildId === null;
    // A mention of the bot itself (or a reply to it, with ping); not @everyone or a role it has.
    if (!inDm && !message.mentions.has(botId, { ignoreEveryone: true, ignoreRoles: true })) return;
    const fields = { message: message.id, via: inDm ? 'dm' : 'mention' };
    const question = questionFromContent(message.content, botId);
    const language = guessLanguage(question);
    const send = async (reply: DiscordReply) => {
      try {
        await message.reply({ ...reply, allowedMentions: { parse: [], repliedUser: false } });
      } catch (error) {
        logger.error('could not reply to the message', { ...fields, error });
      }
    };
    if (question === '') {
      await send(renderHelp(await kiji.examples(), 'ja', { empty: true }));
      return;
    }
    const turn = rateLimiter.take(message.author.id);
    if (!turn.allowed) {
      await send(textReply(messages[language].rateLimited(Math.max(1, Math.ceil(turn.retryAfterMs / 1000)))));
      logger.info('rate limited', fields);
      return;
    }
    try {
      const context = await earlierQuestions(message, botId, logger);
      const answer = await kiji.ask(question, { context });
      await send(renderAnswer(answer, { feedback }));
      logger.info('answered', { ...fields, answered: answer.answered, followUp: answer.answered && answer.usedContext !== undefined });
    } catch (error) {
      const failure = describeFailure(error, language);
      if (!failure.known) logger.error('answering a message failed', { ...fields, error });
      await send(textReply(failure.text));
    }
  };
}
