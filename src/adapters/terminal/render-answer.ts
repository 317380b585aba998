/**
 * The core's Answer as plain text, for the terminal (CLI and REPL) and for
 * the `text` field of the CLI's JSON: each quote in 「」 with its [n], then the
 * numbered sources (title, section, source, url), after a note when the
 * question was read with earlier ones. An unanswered question is just its reason.
 */
import type { Answer, Citation } from '../../core/answer.ts';
import { messages } from '../shared/messages.ts';
import { cleanTerminalText } from './clean-text.ts';

export function renderAnswerText(answer: Answer): string {
  if (!answer.answered) return cleanTerminalText(answer.reason);
  const quotes = answer.citations.map((citation) => `「${citation.quote}」[${citation.n}]`);
  const sources = answer.citations.map(sourceLine);
  const followUp = answer.usedContext ? messages[answer.language].followUp(answer.usedContext.terms) : null;
  const note = followUp === null ? [] : [answer.language === 'ja' ? `（${followUp}）` : `(${followUp})`];
  return cleanTerminalText([...note, ...quotes, '', `${messages[answer.language].sourcesLabel}:`, ...sources].join('\n'));
}

/** `[n] title / section / source / url`, leaving out the parts the article does not have. */
function sourceLine({ n, article, section }: Citation): string {
  const parts = [article.title, section, article.source, article.url].filter(
    (part): part is string => part !== null && part.trim() !== '',
  );
  return `[${n}] ${parts.join(' / ')}`;
}
