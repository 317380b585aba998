/** Any outcome of a question as a Slack message: the answer, or a notice in the asker's language. */
import type { Outcome } from '../shared/ask-safely.ts';
import { type RenderOptions, type SlackMessage, renderAnswer, renderNotice } from './render-answer.ts';

export function renderOutcome(outcome: Outcome, options: RenderOptions = {}): SlackMessage {
  switch (outcome.kind) {
    case 'answer':
      return renderAnswer(outcome.answer, options);
    case 'refused':
      // Notices (rate limit, errors) carry no vote buttons: they are not answers.
      return renderNotice(outcome.text, { language: outcome.language });
    case 'problem':
      // Only an unexpected failure shows its id: that is what someone would report.
      return renderNotice(outcome.text, outcome.failed ? { requestId: outcome.requestId, language: outcome.language } : { language: outcome.language });
  }
}
