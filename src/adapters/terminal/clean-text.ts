/**
 * Text bound for a terminal, scrubbed of control characters and bidi
 * controls (shared/invisible.ts): an article file or a question could carry
 * ANSI escapes that would repaint the user's screen, or a right-to-left
 * override that reorders the line. Line breaks and tabs stay.
 */
import { stripInvisible } from '../shared/invisible.ts';

export function cleanTerminalText(text: string): string {
  return stripInvisible(text);
}
