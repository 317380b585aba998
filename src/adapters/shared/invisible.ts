/**
 * Characters no echoed text may carry, on any platform: C0 and C1 controls
 * (ANSI escapes that repaint a terminal, NULs, bells) and the bidi controls
 * (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates, and the
 * marks U+200E, U+200F, U+061C) that reorder the rest of a line, so a
 * question could make an answer read backwards. Discord's sanitiser and the
 * terminal's share this list; tab and line feed are the caller's to handle.
 */
const invisible = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** `text` without controls and bidi controls; tab and line feed kept. */
export function stripInvisible(text: string): string {
  return text.replace(invisible, '');
}
