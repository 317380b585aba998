/**
 * A direct message to the bot: answered in the DM. (A message in a DM thread
 * is an assistant-thread message: listeners/assistant.ts answers it.) Messages with a subtype (edits, joins, files,
 * bot posts) and anything from a bot are ignored, so kiji never answers itself.
 */
import type { App } from '@slack/bolt';
import { questionFromSlackText } from '../mrkdwn.ts';
import { renderOutcome } from '../render-outcome.ts';
import { answerMetadata } from '../thread-questions.ts';
import { type ListenerDeps, deliver, userKey } from './deps.ts';

export function registerDirectMessage(app: App, { askSafely, once, logger, feedback }: ListenerDeps): void {
  app.event('message', async ({ event, body, context, client }) => {
    if (event.channel_type !== 'im' || event.subtype !== undefined) return;
    if (event.bot_id !== undefined || event.user === context.botUserId) return;
    if (!once.first([`event:${body.event_id}`, `message:${event.channel}:${event.ts}`])) {
      logger.info('duplicate delivery ignored', { eventId: body.event_id, retry: context.retryNum ?? 0 });
      return;
    }
    const outcome = await askSafely({
      question: questionFromSlackText(event.text ?? '', context.botUserId),
      user: userKey(body.team_id, event.user),
      via: 'dm',
    });
    const thread = event.thread_ts === undefined ? {} : { thread_ts: event.thread_ts };
    await deliver(logger, outcome.requestId, 'dm', () =>
      client.chat.postMessage({
        channel: event.channel,
        ...thread,
        unfurl_links: false,
        unfurl_media: false,
        ...renderOutcome(outcome, { feedback: feedback !== null }),
        ...(outcome.kind === 'answer' ? { metadata: answerMetadata(outcome.answer.question, undefined) } : {}),
      }),
    );
  });
}
