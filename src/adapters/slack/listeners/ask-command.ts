/**
 * `/ask <質問>`: acknowledged at once (Slack allows three seconds), answered
 * through the command's response_url as an ephemeral message only the asker
 * sees, with a button to post it to the channel. Ephemeral first is what Slack
 * users expect of a lookup command: nobody else's channel fills with trial
 * questions, and the good answer is one click from being shared.
 */
import type { App } from '@slack/bolt';
import { questionFromSlackText } from '../mrkdwn.ts';
import { renderOutcome } from '../render-outcome.ts';
import { type ListenerDeps, deliver, userKey } from './deps.ts';

export const askCommand = '/ask';

export function registerAskCommand(app: App, { askSafely, logger }: ListenerDeps): void {
  app.command(askCommand, async ({ command, ack, respond }) => {
    await ack();
    const outcome = await askSafely({
      question: questionFromSlackText(command.text),
      user: userKey(command.team_id, command.user_id),
      via: 'command',
    });
    const message = renderOutcome(outcome, { showQuestion: true, shareable: true });
    await deliver(logger, outcome.requestId, 'command', () => respond({ response_type: 'ephemeral', unfurl_links: false, unfurl_media: false, ...message }));
  });
}
