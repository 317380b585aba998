/**
 * Slack's text format at the two borders: text we send must have `&`, `<` and
 * `>` escaped, or `<!channel>` in an article or a question would ping a whole
 * channel; text Slack sends us arrives escaped and with `<@U…>`-style markup
 * that must not reach the search.
 */

/** Escapes Slack's three control characters; everything else stays as written. */
export function escapeMrkdwn(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/**
 * A link `<url|label>` when the URL is a plain http(s) URL, else just the label.
 * Characters that would end the markup early are percent-encoded in the URL.
 */
export function mrkdwnLink(url: string | null, label: string): string {
  const text = escapeMrkdwn(label).replaceAll('|', '¦');
  if (url === null || !/^https?:\/\/[^\s]+$/i.test(url)) return text;
  const safeUrl = url.replaceAll('&', '&amp;').replaceAll('<', '%3C').replaceAll('>', '%3E').replaceAll('|', '%7C');
  return `<${safeUrl}|${text}>`;
}

/**
 * The question inside a message or command text: mentions of the bot are
 * dropped, other markup becomes its readable label, entities are decoded.
 */
export function questionFromSlackText(text: string, botUserId?: string): string {
  return text
    .replace(/<([^<>]*)>/g, (_whole, inner: string) => {
      const [target = '', label] = inner.split('|', 2);
      if (botUserId !== undefined && target === `@${botUserId}`) return ' ';
      if (label !== undefined && label !== '') return target.startsWith('@') || target.startsWith('#') ? `${target[0]}${label}` : label;
      // A bare user or channel id would only add noise to the search.
      if (target.startsWith('@') || target.startsWith('#') || target.startsWith('!')) return ' ';
      return target;
    })
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim();
}
