/**
 * `@kiji 質問` in a channel: answered in the message's thread, so the channel
 * itself stays quiet. A mention inside a thread is read with the thread's
 * earlier questions (a follow-up). A rate-limit notice goes only to the asker.
 */
import type { App } from '@slack/bolt';
import { questionFromSlackText } from '../mrkdwn.ts';
import { renderHelp } from '../render-help.ts';
import { renderOutcome } from '../render-outcome.ts';
import { answerMetadata, threadQuestions } from '../thread-questions.ts';
import { type ListenerDeps, deliver, userKey } from './deps.ts';

export function registerAppMention(app: App, { askSafely, once, logger, feedback, kiji }: ListenerDeps): void {
  app.event('app_mention', async ({ event, body, context, client }) => {
    // In a DM the same message also arrives as message.im; that listener answers it.
    if (event.channel.startsWith('D')) return;
    const { user } = event;
    if (event.bot_id !== undefined || user === undefined) return;
    if (!once.first([`event:${body.event_id}`, `message:${event.channel}:${event.ts}`])) {
      logger.info('duplicate delivery ignored', { eventId: body.event_id, retry: context.retryNum ?? 0 });
      return;
    }
    const question = questionFromSlackText(event.text, context.botUserId);
    if (question === '') {
      // `@kiji` alone: example questions, in the thread, rather than "the question is empty".
      const help = renderHelp(await kiji.examples(), { language: 'ja', empty: true });
      await deliver(logger, 'help', 'mention', () => client.chat.postMessage({ channel: event.channel, thread_ts: event.thread_ts ?? event.ts, ...help }));
      return;
    }
    const earlier =
      event.thread_ts === undefined
        ? []
        : await threadQuestions(client, { channel: event.channel, threadTs: event.thread_ts, before: event.ts, botUserId: context.botUserId, mentionsOnly: true }, logger);
    const outcome = await askSafely({
      question,
      user: userKey(body.team_id, user),
      via: 'mention',
      context: earlier,
    });
    const message = renderOutcome(outcome, { feedback: feedback !== null });
    await deliver(logger, outcome.requestId, 'mention', async () => {
      if (outcome.kind === 'refused') {
        // Slack shows an ephemeral reply in a thread only if the thread already exists.
        const thread = event.thread_ts === undefined ? {} : { thread_ts: event.thread_ts };
        await client.chat.postEphemeral({ channel: event.channel, user, ...thread, ...message });
        return;
      }
      await client.chat.postMessage({
        channel: event.channel,
        thread_ts: event.thread_ts ?? event.ts,
        unfurl_links: false,
        unfurl_media: false,
        ...message,
        ...(outcome.kind === 'answer' ? { metadata: answerMetadata(outcome.answer.question, outcome.answer.answered ? outcome.answer.usedContext?.readAs : undefined) } : {}),
      });
    });
  });
}
