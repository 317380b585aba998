/**
 * The core's Answer as plain text, for the terminal (CLI and REPL) and for
 * the `text` field of the CLI's JSON: each quote in 「」 with its [n], then the
 * numbered sources (title, section, source, url), after a note when the
 * question was read with earlier ones. An unanswered question is just its reason.
 */
import type { Answer, Citation } from '../../core/index.ts';
import { citationTitle, messages } from '../shared/messages.ts';
import { cleanTerminalText } from './clean-text.ts';

export function renderAnswerText(answer: Answer): string {
  if (!answer.answered) return cleanTerminalText(answer.reason);
  const say = messages[answer.language];
  const quotes = answer.citations.map((citation) => `「${citation.quote}」[${citation.n}]`);
  const sources = answer.citations.map((citation) => sourceLine(citation, answer.language));
  const followUp = answer.usedContext ? say.followUp(answer.usedContext.terms) : null;
  const note = followUp === null ? [] : [answer.language === 'ja' ? `（${followUp}）` : `(${followUp})`];
  return cleanTerminalText([...note, ...(say.quotedFrom ? [say.quotedFrom] : []), ...quotes, '', `${say.sourcesLabel}:`, ...sources].join('\n'));
}

/** `[n] title / section / source / url`, leaving out the parts the article does not have; in English the reference title first. */
function sourceLine({ n, article, section }: Citation, language: Answer['language']): string {
  const { title, original } = citationTitle(article, language);
  const parts = [title, original, section, article.source, article.url].filter(
    (part): part is string => part !== null && part.trim() !== '',
  );
  return `[${n}] ${parts.join(' / ')}`;
}
