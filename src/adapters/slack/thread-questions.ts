/**
 * The earlier questions of a Slack thread, read from Slack when a question
 * arrives there (conversations.replies), so that any replica can answer a
 * follow-up and nothing is kept in memory. A question is a message to kiji
 * (one that mentions it; in a DM or assistant thread, any message by a
 * person) or the question an answer of kiji's carries in its metadata, which
 * is how an answer shared from /ask or a follow-up read as 「ラブロフ外相 …
 * それはいつ？」 passes on what it was about.
 */
import type { webApi } from '@slack/bolt';
import type { Logger } from '../../logger.ts';
import { escapeMrkdwn, questionFromSlackText } from './mrkdwn.ts';

/** The metadata event type on kiji's answers. */
export const answerEventType = 'kiji_answer';

/** Slack's cap on conversations.replies for apps outside the Marketplace is 15 messages. */
const repliesLimit = 15;
/** The core looks at no more than the last three. */
const kept = 3;

export interface ThreadQuestionsRequest {
  channel: string;
  threadTs: string;
  /** The new question's ts: only messages before it count. */
  before: string;
  botUserId: string | undefined;
  /** Channels: only messages that mention kiji are questions to it. */
  mentionsOnly: boolean;
}

interface ThreadMessage {
  ts?: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  text?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

export async function threadQuestions(client: webApi.WebClient, request: ThreadQuestionsRequest, logger: Logger): Promise<string[]> {
  let messages: ThreadMessage[];
  try {
    const result = await client.conversations.replies({ channel: request.channel, ts: request.threadTs, limit: repliesLimit, include_all_metadata: true });
    messages = (result.messages ?? []) as ThreadMessage[];
  } catch (error) {
    // Without the history scope, or rate limited: the question is answered alone rather than not at all.
    logger.warn('could not read the thread; answering without its earlier questions', { channel: request.channel, error });
    return [];
  }
  const questions: string[] = [];
  for (const message of messages) {
    if (message.ts === undefined || Number(message.ts) >= Number(request.before)) continue;
    const carried = carriedQuestion(message);
    if (carried !== null) {
      // The answer to the question just before it: its self-contained reading replaces the words asked.
      if (questions.at(-1) === carried.question) questions.pop();
      questions.push(carried.readAs ?? carried.question);
      continue;
    }
    if (message.bot_id !== undefined || message.subtype !== undefined || message.user === undefined || message.user === request.botUserId) continue;
    const text = message.text ?? '';
    if (request.mentionsOnly && (request.botUserId === undefined || !text.includes(`<@${request.botUserId}>`))) continue;
    const question = questionFromSlackText(text, request.botUserId);
    if (question !== '') questions.push(question);
  }
  return questions.slice(-kept);
}

function carriedQuestion(message: ThreadMessage): { question: string; readAs: string | null } | null {
  if (message.metadata?.event_type !== answerEventType) return null;
  const payload = message.metadata.event_payload ?? {};
  if (typeof payload.question !== 'string' || payload.question === '') return null;
  return { question: questionFromSlackText(payload.question), readAs: typeof payload.read_as === 'string' ? questionFromSlackText(payload.read_as) : null };
}

/**
 * Metadata for kiji's own answer, read back by threadQuestions. Escaped like
 * any text kiji sends, so that even unseen metadata never holds <!channel>.
 */
export function answerMetadata(question: string, readAs: string | undefined): { event_type: string; event_payload: Record<string, string> } {
  return { event_type: answerEventType, event_payload: { question: escapeMrkdwn(question), ...(readAs === undefined ? {} : { read_as: escapeMrkdwn(readAs) }) } };
}
