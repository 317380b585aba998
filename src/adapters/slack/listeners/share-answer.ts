/**
 * The "チャンネルに投稿" button under an ephemeral /ask answer. The question
 * rides in the button, so the answer is asked again (the corpus decides, no
 * answer is kept in memory), posted to the channel through the response_url
 * (which works in private channels and DMs the bot has not joined), and the
 * ephemeral copy is removed so the button cannot post it twice.
 */
import type { App } from '@slack/bolt';
import { renderAnswer, shareActionId } from '../render-answer.ts';
import { renderOutcome } from '../render-outcome.ts';
import { type ListenerDeps, deliver, userKey } from './deps.ts';

export function registerShareAnswer(app: App, { askSafely, logger, feedback }: ListenerDeps): void {
  app.action({ type: 'block_actions', action_id: shareActionId }, async ({ ack, action, body, respond }) => {
    await ack();
    if (action.type !== 'button' || !action.value) return;
    // Sharing does not spend the rate limit: the question was counted when first asked.
    const outcome = await askSafely({ question: action.value, user: userKey(body.team?.id, body.user.id), via: 'share', unlimited: true });
    if (outcome.kind !== 'answer') {
      await deliver(logger, outcome.requestId, 'share', () =>
        respond({ response_type: 'ephemeral', replace_original: false, ...renderOutcome(outcome) }),
      );
      return;
    }
    const message = renderAnswer(outcome.answer, { sharedBy: body.user.id, feedback: feedback !== null });
    await deliver(logger, outcome.requestId, 'share', async () => {
      await respond({ response_type: 'in_channel', replace_original: false, unfurl_links: false, unfurl_media: false, ...message });
      await respond({ delete_original: true });
    });
  });
}
