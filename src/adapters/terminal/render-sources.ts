/**
 * The loaded articles as plain text, for the REPL's `:sources`: one numbered
 * line each with what the article file says about itself.
 */
import type { Language, ArticleSummary } from '../../core/index.ts';
import { messages } from '../shared/messages.ts';
import { cleanTerminalText } from './clean-text.ts';

export function renderSourcesText(sources: readonly ArticleSummary[], language: Language): string {
  const say = messages[language];
  if (sources.length === 0) return say.noSources;
  const lines = sources.map((article, index) => {
    const parts = [article.date, article.source, article.url].filter((part): part is string => part !== null && part !== '');
    const details = parts.length > 0 ? `\n   ${parts.join(' / ')}` : '';
    return `${index + 1}. ${article.title} (${article.id})${details}`;
  });
  return cleanTerminalText([say.sourcesHeading(sources.length), ...lines].join('\n'));
}
