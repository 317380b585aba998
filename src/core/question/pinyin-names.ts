/**
 * Chinese names asked about in pinyin, written in kanji by the articles
 * (Li Qiang ↔ 李強, Xi Jinping ↔ 習近平, Tianjin ↔ 天津). EDICT lacks most
 * of them, and a reference title teaches one only when it is the one name
 * left unexplained. Each kanji the corpus uses is romanised once (all its
 * readings, tone-less) by pinyin-pro, which reads Japanese forms too (強,
 * 習, 広); an English name is cut into syllables, word by word, and spelt
 * back with the corpus's kanji, each neighbouring pair a bigram the corpus
 * uses, the whole a spelling some passage holds.
 */
/** pinyin-pro's reader of one kanji: all its readings, tone-less (imported at the first English question, not at start-up). */
export type ReadPinyin = (kanji: string) => readonly string[];

export interface PinyinSource {
  /** Every token the index has seen (terms and bigrams): the corpus's kanji are among their characters. */
  tokens(): readonly string[];
  /** Whether some passage has this two-kanji bigram. */
  bigramUsed(pair: string): boolean;
  /** How many passages hold the spelling. */
  passages(spelling: string): number;
  /** Whether the dictionary translates the spelling: a common word (我慢 for "Woman", 地理 for "Deli"), not a name. */
  common(spelling: string): boolean;
}

/** English name words (Li, Qiang) → the corpus's kanji spellings of them, most used first; none when no spelling fits. */
export type PinyinNames = (words: readonly string[]) => string[];

/**
 * Two syllables at least: one (Xi, Li) is a surname the corpus writes in
 * dozens of words (習, 李 in 李強 and 行李), four at most (a Chinese name is
 * two or three, a place two to four).
 */
const fewestSyllables = 2;
const mostSyllables = 4;
/** Pinyin syllables are one to six letters (a, zhuang). */
const longestSyllable = 6;
/** Spellings tried per name, so a name of four common syllables (yi, li, ji, shi) stays cheap. */
const triesPerName = 20_000;
/** A name is one person or place: two spellings at most, like the katakana matches. */
const keptSpellings = 2;

const han = /\p{Script=Han}/u;

export function createPinyinNames(source: PinyinSource, read: ReadPinyin): PinyinNames {
  let table: Map<string, string[]> | undefined;
  // Built at the first name asked about: a few thousand kanji, a map of a few hundred syllables.
  const kanjiOf = () => (table ??= syllableTable(source.tokens(), read));
  return (words) => {
    const byWord = words.map((word) => syllables(latinLetters(word), kanjiOf()));
    if (byWord.some((cuts) => cuts.length === 0)) return [];
    const found = new Map<string, number>();
    let tries = 0;
    for (const cut of combinations(byWord)) {
      if (cut.length < fewestSyllables || cut.length > mostSyllables) continue;
      const spell = (at: number, written: string): void => {
        if (tries > triesPerName) return;
        if (at === cut.length) {
          if (!found.has(written)) found.set(written, source.passages(written));
          return;
        }
        for (const kanji of kanjiOf().get(cut[at] as string) ?? []) {
          tries += 1;
          const last = written.slice(-1);
          if (last !== '' && !source.bigramUsed(`${last}${kanji}`)) continue;
          spell(at + 1, `${written}${kanji}`);
        }
      };
      spell(0, '');
    }
    return [...found]
      .filter(([spelling, passages]) => passages > 0 && !source.common(spelling))
      .sort((a, b) => b[1] - a[1])
      .slice(0, keptSpellings)
      .map(([spelling]) => spelling);
  };
}

/** Tone-less syllable → the corpus's kanji read so (ü as u, as English writes Lü and Nüwa). */
function syllableTable(tokens: readonly string[], read: ReadPinyin): Map<string, string[]> {
  const kanji = new Set<string>();
  for (const token of tokens) for (const char of token) if (han.test(char)) kanji.add(char);
  const table = new Map<string, string[]>();
  for (const char of kanji) {
    for (const reading of new Set(read(char).map(latinLetters))) {
      if (!/^[a-z]+$/u.test(reading)) continue;
      const list = table.get(reading);
      if (list) list.push(char);
      else table.set(reading, [char]);
    }
  }
  return table;
}

/** Lower-case letters only: ü and v as u, apostrophes (Xi'an) and hyphens (Ching-kuo) dropped. */
function latinLetters(text: string): string {
  return text.toLowerCase().replace(/ü|v/gu, 'u').replace(/[^a-z]/gu, '');
}

/** Every way to cut a word into syllables some corpus kanji is read as (xian: xi + an, xian). */
function syllables(letters: string, table: ReadonlyMap<string, readonly string[]>): string[][] {
  if (letters === '') return [];
  const cuts: string[][] = [];
  const cut = (at: number, sofar: string[]) => {
    if (sofar.length > mostSyllables) return;
    if (at === letters.length) {
      cuts.push(sofar);
      return;
    }
    for (let length = 1; length <= longestSyllable && at + length <= letters.length; length += 1) {
      const syllable = letters.slice(at, at + length);
      if (table.has(syllable)) cut(at + length, [...sofar, syllable]);
    }
  };
  cut(0, []);
  return cuts;
}

/** One cut of each word, in every combination, joined. */
function combinations(byWord: readonly string[][][]): string[][] {
  return byWord.reduce<string[][]>((sofar, cuts) => sofar.flatMap((head) => cuts.map((cut) => [...head, ...cut])), [[]]);
}
