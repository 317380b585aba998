/**
 * Japanese sentence splitting: a sentence ends at 。！？ (or their ASCII
 * forms followed by a space), plus any closing brackets right after; an end
 * mark inside 「」 or （） does not end the sentence around the quote.
 */
const enders = new Set(['。', '！', '？', '!', '?', '．']);
const openers = new Set(['「', '『', '（', '(', '【', '〈', '《', '“']);
const closers = new Set(['」', '』', '）', ')', '】', '〉', '》', '”']);

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let depth = 0;
  let start = 0;
  const chars = Array.from(text);
  let offset = 0;
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i] ?? '';
    offset += char.length;
    if (openers.has(char)) depth += 1;
    else if (closers.has(char)) depth = Math.max(0, depth - 1);
    else if (enders.has(char) && depth === 0) {
      // ASCII ! ? . end a sentence only before a space or the end (not "G7.5" or "Yahoo!ニュース").
      if ((char === '!' || char === '?' || char === '．') && !(i + 1 >= chars.length || /\s/u.test(chars[i + 1] ?? ''))) continue;
      while (i + 1 < chars.length && (enders.has(chars[i + 1] ?? '') || closers.has(chars[i + 1] ?? ''))) {
        i += 1;
        offset += (chars[i] ?? '').length;
      }
      push(text.slice(start, offset));
      start = offset;
    }
  }
  push(text.slice(start));
  return sentences;

  function push(sentence: string) {
    const trimmed = sentence.trim();
    if (trimmed !== '') sentences.push(trimmed);
  }
}
