/**
 * `/sources`: the articles the bot answers from, one line each, cut to
 * Discord's embed limit with a count of the rest. Pure.
 */
import type { APIEmbed } from 'discord.js';
import type { Language, ArticleSummary } from '../../core/index.ts';
import { messages } from '../shared/messages.ts';
import { shortenAtSentence } from '../shared/shorten.ts';
import { discordLimits } from './limits.ts';
import { textReply, type DiscordReply } from './reply.ts';
import { cleanLinkLabel, cleanUserText, safeUrl } from './sanitize.ts';

export function renderSources(sources: ArticleSummary[], language: Language): DiscordReply {
  const say = messages[language];
  if (sources.length === 0) return textReply(say.noSources);

  const lines: string[] = [];
  let length = 0;
  for (const article of sources) {
    const line = articleLine(article);
    // +1 for the newline; keep room for nothing else, the count of the rest goes in the footer.
    if (length + line.length + 1 > discordLimits.embedDescription) break;
    lines.push(line);
    length += line.length + 1;
  }
  const left = sources.length - lines.length;
  const embed: APIEmbed = {
    title: say.sourcesHeading(sources.length),
    description: lines.join('\n'),
    ...(left > 0 ? { footer: { text: say.moreSources(left) } } : {}),
  };
  return { embeds: [embed], allowedMentions: { parse: [] } };
}

function articleLine(article: ArticleSummary): string {
  const label = cleanLinkLabel(shortenAtSentence(article.title, 200));
  const url = safeUrl(article.url);
  const title = url === null ? label : `[${label}](${url})`;
  const details = [article.source, article.date]
    .filter((part): part is string => part !== null && part.trim() !== '')
    .map((part) => cleanUserText(shortenAtSentence(part, 100)));
  return [`• ${title}`, ...details].join(' · ');
}
