/**
 * `/kiji <質問>` (and `/ask`, where it is installed): acknowledged at once
 * (Slack allows three seconds), answered through the command's response_url
 * as an ephemeral message only the asker sees, with a button to post it to
 * the channel. Ephemeral first is what Slack users expect of a lookup
 * command: nobody else's channel fills with trial questions, and the good
 * answer is one click from being shared. `/kiji help` (or ヘルプ) explains
 * kiji; an empty question gets example questions instead of an error.
 */
import type { App } from '@slack/bolt';
import { renderHelp } from '../render-help.ts';
import { questionFromSlackText } from '../mrkdwn.ts';
import { renderOutcome } from '../render-outcome.ts';
import { type ListenerDeps, deliver, userKey } from './deps.ts';

/** `/ask` is what earlier installs have; `/kiji` does not collide with other apps' /ask. */
export const askCommands = ['/kiji', '/ask'] as const;

const helpWords = /^(?:help|ヘルプ|使い方|[?？])$/iu;

export function registerAskCommand(app: App, { askSafely, logger, kiji, feedback }: ListenerDeps): void {
  for (const name of askCommands) {
    app.command(name, async ({ command, ack, respond }) => {
      await ack();
      const question = questionFromSlackText(command.text);
      if (question === '' || helpWords.test(question)) {
        // Japanese, kiji's default, whichever word asked for it (help, ヘルプ).
        const help = renderHelp(await kiji.examples(), { language: 'ja', empty: question === '' });
        await deliver(logger, 'help', 'command', () => respond({ response_type: 'ephemeral', ...help }));
        return;
      }
      const outcome = await askSafely({ question, user: userKey(command.team_id, command.user_id), via: 'command' });
      const message = renderOutcome(outcome, { showQuestion: true, shareable: true, feedback: feedback !== null });
      await deliver(logger, outcome.requestId, 'command', () => respond({ response_type: 'ephemeral', unfurl_links: false, unfurl_media: false, ...message }));
    });
  }
}
