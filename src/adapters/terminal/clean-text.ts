/**
 * Text bound for a terminal, scrubbed of control characters: an article file
 * or a question could carry ANSI escapes that would repaint the user's screen.
 * Line breaks and tabs stay.
 */
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/gu;

export function cleanTerminalText(text: string): string {
  return text.replace(controls, '');
}
