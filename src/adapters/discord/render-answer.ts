/**
 * The core's Answer as a Discord embed: the quotes with their citation
 * numbers, then the sources. Pure, so it is tested without Discord.
 *
 * When everything does not fit, whole citations are dropped from the end (the
 * weakest, since the core sorts best first) and the footer says how many; a
 * single over-long quote is cut at a sentence boundary.
 */
import type { APIEmbed } from 'discord.js';
import type { Answer, Citation } from '../../core/index.ts';
import { citationTitle, messages } from '../shared/messages.ts';
import { shortenAtSentence } from '../shared/shorten.ts';
import { discordLimits, maxQuoteLength } from './limits.ts';
import { answerButtons } from './buttons.ts';
import { embedSize, type DiscordReply } from './reply.ts';
import { cleanArticleText, cleanLinkLabel, cleanUserText, safeUrl } from './sanitize.ts';

const colors = { answered: 0x3b82f6, unanswered: 0x9ca3af } as const;

export interface RenderOptions {
  /** 👍 / 👎 buttons (when feedback is collected). */
  feedback?: boolean;
  /** A "share in channel" button (private answers). */
  shareable?: boolean;
}

export function renderAnswer(answer: Answer, options: RenderOptions = {}): DiscordReply {
  const rendered = renderEmbed(answer);
  const components = answerButtons(answer.language, { feedback: options.feedback ?? false, shareable: options.shareable ?? false });
  return components.length === 0 ? rendered : { ...rendered, components };
}

function renderEmbed(answer: Answer): DiscordReply {
  const say = messages[answer.language];
  const title = shortenAtSentence(cleanUserText(answer.question), discordLimits.embedTitle);
  // The question is the title: a click on a button under the answer reads it back from there.
  const base: APIEmbed = {
    ...(title === '' ? {} : { title }),
    ...(answer.answered && answer.usedContext ? { author: { name: shortenAtSentence(cleanUserText(say.followUp(answer.usedContext.terms)), 256) } } : {}),
  };

  if (!answer.answered) {
    const description = shortenAtSentence(cleanArticleText(answer.reason), discordLimits.embedDescription);
    return reply({ ...base, color: colors.unanswered, description });
  }

  const all = answer.citations;
  for (let shown = all.length; shown >= Math.min(1, all.length); shown -= 1) {
    const left = all.length - shown;
    const embed: APIEmbed = {
      ...base,
      color: colors.answered,
      description: describe(all.slice(0, shown), answer.language),
      ...(left > 0 ? { footer: { text: say.moreSources(left) } } : {}),
    };
    if ((embed.description?.length ?? 0) <= discordLimits.embedDescription && embedSize(embed) <= discordLimits.embedsTotal) {
      return reply(embed);
    }
  }
  // Unreachable with the per-part caps below (one citation is < 2,500 characters), kept so a change there cannot produce a rejected message.
  const first = all.slice(0, 1);
  const description = shortenAtSentence(describe(first, answer.language), discordLimits.embedDescription);
  return reply({ ...base, color: colors.answered, description, footer: { text: say.moreSources(all.length - 1) } });
}

function describe(citations: Citation[], language: Answer['language']): string {
  const say = messages[language];
  const quotes = citations.map(quoteLine);
  const sources = citations.map((citation) => sourceLine(citation, language));
  return [...(say.quotedFrom ? [say.quotedFrom] : []), ...quotes, '', `**${say.sourcesLabel}**`, ...sources].join('\n');
}

/** `> quote [n]`, every line of a multi-line quote kept inside the block quote. */
function quoteLine(citation: Citation): string {
  const quote = cleanArticleText(shortenAtSentence(citation.quote, maxQuoteLength));
  return `> ${quote.replace(/\n/g, '\n> ')} [${citation.n}]`;
}

/** `[n] title · section · source`, the title a link when the article has a URL. */
function sourceLine({ n, article, section }: Citation, language: Answer['language']): string {
  const { title: shown, original } = citationTitle(article, language);
  const label = cleanLinkLabel(shortenAtSentence(shown, 200));
  const url = safeUrl(article.url);
  const title = url === null ? `**${label}**` : `[${label}](${url})`;
  const details = [original, section, article.source, article.date]
    .filter((part): part is string => part !== null && part.trim() !== '')
    .map((part) => cleanUserText(shortenAtSentence(part, 100)));
  return [`[${n}] ${title}`, ...details].join(' · ');
}

function reply(embed: APIEmbed): DiscordReply {
  return { embeds: [embed], allowedMentions: { parse: [] } };
}
