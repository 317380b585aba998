/**
 * Readings the articles give themselves: a kanji name followed by its
 * katakana in brackets (金正恩（キム・ジョンウン）, 習近平（シー・ジンピン）), as
 * Japanese news glosses Korean and Chinese names once. An English name
 * transliterated to that katakana (Kim Jong Un ↔ キム・ジョンウン) is then
 * the kanji, which the rest of the article writes without the gloss.
 */
import { normalizeText } from '../analysis/normalize.ts';

/** Kanji (two to six), then katakana in full- or half-width brackets. */
const glossed = /(\p{Script=Han}{2,6})[（(]([\p{Script=Katakana}ー・]{2,})[）)]/gu;

/** Katakana reading (normalised, ・ kept as written) → the kanji it reads; a reading given to two names is dropped. */
export function readingGlosses(texts: Iterable<string>): Map<string, string> {
  const glosses = new Map<string, string | null>();
  for (const text of texts) {
    if (!text.includes('(') && !text.includes('（')) continue;
    for (const [, kanji = '', reading = ''] of text.matchAll(glossed)) {
      const key = normalizeText(reading);
      const known = glosses.get(key);
      glosses.set(key, known === undefined || known === kanji ? kanji : null);
    }
  }
  return new Map([...glosses].filter((entry): entry is [string, string] => entry[1] !== null));
}
