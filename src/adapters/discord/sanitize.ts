/**
 * Making text safe to show in Discord: nothing we echo may format, ping,
 * reorder the line or smuggle in invisible characters. allowedMentions already
 * stops pings; breaking the mention syntax too keeps that true even if a
 * future code path forgets to pass it.
 */
import { escapeMarkdown } from 'discord.js';

// C0 and C1 controls (newline and tab are turned into spaces first) and the bidi embedding/override/isolate marks.
const invisible = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

/** One line of user text for a title: no controls, no markdown, no mentions, whitespace collapsed. */
export function cleanUserText(text: string): string {
  const oneLine = text.replace(/[\t\r\n\v\f]+/g, ' ').replace(invisible, '').replace(/\s+/g, ' ').trim();
  return breakMentions(escapeAll(oneLine));
}

/** Article text inside an embed: markdown escaped, newlines kept. */
export function cleanArticleText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const cleaned = lines.map((line) => line.replace(/\t/g, ' ').replace(invisible, '').replace(/\s+/g, ' ').trim());
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
