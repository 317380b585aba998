/**
 * 👍 / 👎 under an answer. 👍 is recorded at once. 👎 opens a modal asking
 * why (optional); the vote is recorded when the modal is sent, or closed
 * without a reason (notify_on_close), so a 👎 is never lost to a dismissed
 * modal and never written twice. The answer voted on rides in the button's
 * value and then in the modal's private_metadata: nothing is kept in memory.
 */
import type { App } from '@slack/bolt';
import { guessLanguage } from '../../shared/messages.ts';
import { maxReasonLength } from '../../shared/feedback-log.ts';
import { unpackVotedAnswer } from '../../shared/voted-answer.ts';
import { voteActionIds } from '../render-answer.ts';
import { slackTexts } from '../texts.ts';
import { type ListenerDeps, userKey } from './deps.ts';

export const reasonCallbackId = 'kiji_vote_reason';
const reasonBlock = 'reason';
const reasonAction = 'reason_input';

export function registerFeedback(app: App, { logger, feedback }: ListenerDeps): void {
  if (feedback === null) return;
  const record = async (packed: string, vote: 'up' | 'down', reason: string | null, user: string) => {
    const answer = unpackVotedAnswer(packed);
    if (answer === null) {
      logger.warn('vote with an unreadable answer ignored');
      return false;
    }
    try {
      await feedback.record({ ...answer, vote, reason, platform: 'slack', userId: user });
      logger.info('vote recorded', { vote, reason: reason !== null && reason !== '' });
      return true;
    } catch (error) {
      logger.error('could not record the vote', { error });
      return false;
    }
  };

  app.action({ type: 'block_actions', action_id: voteActionIds.up }, async ({ ack, action, body, respond }) => {
    await ack();
    if (action.type !== 'button' || !action.value) return;
    const say = slackTexts[guessLanguage(unpackVotedAnswer(action.value)?.question ?? '')];
    if (await record(action.value, 'up', null, userKey(body.team?.id, body.user.id))) {
      await respond({ response_type: 'ephemeral', replace_original: false, text: say.thanks }).catch((error: unknown) => logger.warn('could not thank for the vote', { error }));
    }
  });

  app.action({ type: 'block_actions', action_id: voteActionIds.down }, async ({ ack, action, body, client }) => {
    await ack();
    if (action.type !== 'button' || !action.value) return;
    const user = userKey(body.team?.id, body.user.id);
    const say = slackTexts[guessLanguage(unpackVotedAnswer(action.value)?.question ?? '')];
    try {
      await client.views.open({ trigger_id: body.trigger_id, view: reasonModal(action.value, say) });
    } catch (error) {
      // No modal (an expired trigger): the vote still counts, without a reason.
      logger.warn('could not open the reason modal; recording the vote without one', { error });
      await record(action.value, 'down', null, user);
    }
  });

  app.view(reasonCallbackId, async ({ ack, view, body }) => {
    await ack();
    const reason = view.state.values[reasonBlock]?.[reasonAction]?.value ?? null;
    await record(view.private_metadata, 'down', reason, userKey(body.team?.id ?? undefined, body.user.id));
  });

  app.view({ callback_id: reasonCallbackId, type: 'view_closed' }, async ({ ack, view, body }) => {
    await ack();
    await record(view.private_metadata, 'down', null, userKey(body.team?.id ?? undefined, body.user.id));
  });
}

function reasonModal(packed: string, say: (typeof slackTexts)['ja']) {
  return {
    type: 'modal' as const,
    callback_id: reasonCallbackId,
    notify_on_close: true,
    private_metadata: packed,
    title: { type: 'plain_text' as const, text: say.reasonTitle },
    submit: { type: 'plain_text' as const, text: say.reasonSubmit },
    close: { type: 'plain_text' as const, text: say.reasonClose },
    blocks: [
      {
        type: 'input' as const,
        block_id: reasonBlock,
        optional: true,
        label: { type: 'plain_text' as const, text: say.reasonLabel },
        element: {
          type: 'plain_text_input' as const,
          action_id: reasonAction,
          multiline: true,
          max_length: maxReasonLength,
          placeholder: { type: 'plain_text' as const, text: say.reasonHint },
        },
      },
    ],
  };
}
