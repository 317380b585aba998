/**
 * Making text safe to show in Discord: nothing we echo may format, ping,
 * reorder the line or smuggle in invisible characters. allowedMentions already
 * stops pings; breaking the mention syntax too keeps that true even if a
 * future code path forgets to pass it.
 */
import { escapeMarkdown } from 'discord.js';
import { stripInvisible } from '../shared/invisible.ts';

/** One line of user text for a title: no controls, no markdown, no mentions, whitespace collapsed. */
export function cleanUserText(text: string): string {
  // Line breaks and tabs become spaces first; the shared list takes the other controls.
  const oneLine = stripInvisible(text.replace(/[\t\r\n\v\f]+/g, ' ')).replace(/\s+/g, ' ').trim();
  return breakMentions(escapeAll(oneLine));
}

/** Article text inside an embed: markdown escaped, newlines kept. */
export function cleanArticleText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const cleaned = lines.map((line) => stripInvisible(line.replace(/\t/g, ' ')).replace(/\s+/g, ' ').trim());
  return breakMentions(escapeAll(cleaned.join('\n')));
}

/** Text for the label of a masked link `[label](url)`: brackets would end it early. */
export function cleanLinkLabel(text: string): string {
  return cleanUserText(text).replace(/[[\]]/g, (bracket) => `\\${bracket}`);
}

/** Only http(s) URLs become links, with characters that would end the markdown link encoded. */
export function safeUrl(url: string | null): string | null {
  if (url === null) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    return parsed.href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return null;
  }
}

function escapeAll(text: string): string {
  return escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
}

/** A zero-width space after `@` or `<@` keeps the text readable but no longer a mention. */
function breakMentions(text: string): string {
  return text.replace(/@(everyone|here)/g, '@\u200b$1').replace(/<@/g, '<@\u200b');
}
