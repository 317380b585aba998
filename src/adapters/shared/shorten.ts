/**
 * Cutting text to a platform's limit without breaking a sentence or a
 * surrogate pair: the renderers of every adapter share this.
 */
const sentenceEnd = /[。！？!?．.」』）)\n]/u;

/** `text` if it fits in `max` characters, else its longest prefix ending at a sentence boundary, plus `…`. */
export function shortenAtSentence(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - 1);
  let cut = -1;
  for (let i = Math.min(room, text.length) - 1; i >= 0; i -= 1) {
    if (sentenceEnd.test(text[i] ?? '')) {
      cut = i + 1;
      break;
    }
  }
  // No boundary in the first third: cut hard rather than show almost nothing.
  if (cut < room / 3) cut = room;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}
