/**
 * The conversation a Discord message belongs to, read from Discord: its
 * reply chain (message references), fetched one message at a time through
 * the REST API, so that any replica can answer a follow-up and nothing is
 * kept in memory. Each message is a turn: a person's message is its text
 * (the bot's mention removed), kiji's answer is its embed's title (the
 * question it answered). Without the Message Content intent Discord still
 * shows the bot its own messages, messages that mention it and replies to its
 * messages, which is all a chain of questions to kiji is made of.
 */
import type { Message } from 'discord.js';
import type { Logger } from '../../logger.ts';

/** Turns read back: the core looks at no more than three questions, each asked and answered. */
const maxMessages = 6;

/** The turns of `message`'s reply chain, oldest first, `message` itself included. */
export async function conversationOf(message: Message, botId: string, logger: Logger): Promise<string[]> {
  const turns: string[] = [];
  let current: Message | null = message;
  for (let read = 0; current !== null && read < maxMessages; read += 1) {
    const turn = turnOf(current, botId);
    // An answer and the question it replies to are one turn.
    if (turn !== null && turns[0] !== turn) turns.unshift(turn);
    if (current.reference?.messageId === undefined) break;
    current = await current.fetchReference().catch((error: unknown) => {
      logger.warn('could not read the replied-to message; answering with what was read', { error });
      return null;
    });
  }
  return turns;
}

/**
 * The earlier questions a new message is read with: the turns of the message
 * it replies to, or, in a thread started from a message (an answer of kiji's,
 * typically), the turns of that starter message. Other messages in a thread
 * are not read: without the Message Content intent most would be empty.
 */
export async function earlierQuestions(message: Message, botId: string, logger: Logger): Promise<string[]> {
  const earlier =
    message.reference?.messageId !== undefined
      ? message.fetchReference()
      : message.channel.isThread()
        ? message.channel.fetchStarterMessage()
        : Promise.resolve(null);
  const read = await earlier.catch((error: unknown) => {
    logger.warn('could not read the replied-to message; answering without it', { error });
    return null;
  });
  return read === null ? [] : conversationOf(read, botId, logger);
}

function turnOf(message: Message, botId: string): string | null {
  if (message.author.id === botId) {
    const title = message.embeds[0]?.title;
    return title ? readBack(title) : null;
  }
  const text = withoutMentions(message.content);
  return text === '' ? null : text;
}

/**
 * Text without Discord mentions (users', the bot's, roles', channels', @everyone and @here), whitespace
 * collapsed: their ids and names are no words the articles use, and would be named as missing in a refusal.
 */
export function withoutMentions(text: string): string {
  return text.replace(/<(?:@[!&]?|#)\d+>|@(?:everyone|here)\b/gu, ' ').replace(/\s+/gu, ' ').trim();
}

/** An embed title as kiji wrote it (markdown escaped, mentions broken) back to the words asked. */
export function readBack(title: string): string {
  return title.replace(/\u200b/gu, '').replace(/\\([\\*_~`|>#\-[\]().:])/gu, '$1');
}
