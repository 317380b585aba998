/**
 * The core's Answer as plain text, for the terminal (CLI and REPL) and for
 * the `text` field of the CLI's JSON: each quote in 「」 with its [n], then the
 * numbered sources (title, section, source, url). An unanswered question is
 * just its reason.
 */
import type { Answer, Citation } from '../../core/index.ts';
import { messages } from '../shared/messages.ts';
import { cleanTerminalText } from './clean-text.ts';

export function renderAnswerText(answer: Answer): string {
  if (!answer.answered) return cleanTerminalText(answer.reason);
  const quotes = answer.citations.map((citation) => `「${citation.quote}」[${citation.n}]`);
  const sources = answer.citations.map(sourceLine);
  return cleanTerminalText([...quotes, '', `${messages[answer.language].sourcesLabel}:`, ...sources].join('\n'));
}

/** `[n] title / section / source / url`, leaving out the parts the article does not have. */
function sourceLine({ n, article, section }: Citation): string {
  const parts = [article.title, section, article.source, article.url].filter(
    (part): part is string => part !== null && part.trim() !== '',
  );
  return `[${n}] ${parts.join(' / ')}`;
}
