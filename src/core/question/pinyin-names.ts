/**
 * Chinese names asked about in pinyin, written in kanji by the articles
 * (Li Qiang ↔ 李強, Xi Jinping ↔ 習近平, Tianjin ↔ 天津). EDICT lacks most
 * of them, and a reference title teaches one only when it is the one name
 * left unexplained. Each kanji the corpus uses is romanised once (all its
 * readings, tone-less) by pinyin-pro, which reads Japanese forms too (強,
 * 習, 広); an English name is cut into syllables, word by word, and spelt
 * back with the corpus's kanji, each neighbouring pair a bigram the corpus
 * uses, the whole a spelling some passage holds. Taiwan's names come in
 * Wade–Giles (Lai Ching-te): read as the pinyin they may stand for too
 * (wade-giles.ts). Hong Kong's come in Cantonese (Tsang Yam-kuen, the
 * Kai-shek of Chiang Kai-shek): a name no pinyin spelling fits is tried
 * with each word's hyphened syllables read as Cantonese (cantonese.ts).
 */
import { wadeGilesReadings } from './wade-giles.ts';
import { hongKongSpellings, type ReadCantonese } from './cantonese.ts';

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
  /** The name followed by each title some passage writes it with (李強首相, 習主席, 王氏), where a name begins. */
  titled(name: string): string[];
  /** Whether the corpus writes this kanji before the first kanji of some title (強首 in 李強首相): a cheap test before titled. */
  beforeTitle(kanji: string): boolean;
}

/**
 * English name words (Li, Qiang) → the corpus's kanji spellings of them, most used first; none when
 * no spelling fits. `surname`: the question gives the person's title (Premier Li, Mr Wang), so one
 * syllable may be read as a surname.
 */
export type PinyinNames = (words: readonly string[], options?: { surname?: boolean }) => string[];

/**
 * Four syllables at most (a Chinese name is two or three, a place two to
 * four). One is a surname the corpus writes in dozens of words (李 in 李強
 * and 行李): read only where the question gives a title (Premier Li), as a
 * name the articles write before a person's title (李強首相).
 */
const mostSyllables = 4;
/** Pinyin syllables are one to six letters (a, zhuang). */
const longestSyllable = 6;
/** Spellings tried per name, so a name of four common syllables (yi, li, ji, shi) stays cheap. */
const triesPerName = 20_000;
/** A name is one person or place: two spellings at most, like the katakana matches. */
const keptSpellings = 2;

const han = /\p{Script=Han}/u;

/** Marks a Cantonese syllable in the table, apart from the pinyin one spelt the same (kai, lam). */
const cantoneseMark = '~';

export function createPinyinNames(source: PinyinSource, read: ReadPinyin, readCantonese?: ReadCantonese): PinyinNames {
  let table: Map<string, string[]> | undefined;
  // Built at the first name asked about: a few thousand kanji, a map of a few hundred syllables.
  const kanjiOf = () => (table ??= syllableTable(source.tokens(), read));
  let cantonese: Map<string, string[]> | undefined;
  // Built at the first name pinyin cannot spell: the same kanji, their Cantonese syllables marked.
  const cantoneseOf = () => (cantonese ??= syllableTable(source.tokens(), (kanji) => (readCantonese?.(kanji) ?? []).flatMap(hongKongSpellings).map((spelling) => `${cantoneseMark}${spelling}`), /^~[a-z]+$/u));
  const kanjiFor = (syllable: string) => (syllable.startsWith(cantoneseMark) ? cantoneseOf() : kanjiOf()).get(syllable) ?? [];
  /**
   * A surname asked about alone: the corpus's names of one to three kanji that begin with a
   * kanji read so and are written before a title (Premier Li → 李強, from 李強首相; 李, from 李首相).
   */
  const surnamed = (syllable: string): [string, number][] => {
    const names: [string, number][] = [];
    // Only a name whose last kanji the corpus writes before a title's first is checked in full.
    const consider = (name: string) => {
      if (source.beforeTitle(name.slice(-1)) && source.titled(name).length > 0) names.push([name, source.passages(name)]);
    };
    for (const kanji of kanjiOf().get(syllable) ?? []) {
      consider(kanji);
      for (const second of followers(kanji)) {
        consider(`${kanji}${second}`);
        for (const third of followers(second)) consider(`${kanji}${second}${third}`);
      }
    }
    return names;
  };
  let next: Map<string, string> | undefined;
  // The kanji that follow one in some bigram of the corpus: built at the first surname asked about alone,
  // one string of kanji per kanji (two bytes a bigram: a few MB for a million distinct bigrams).
  const followers = (kanji: string) => (next ??= bigramFollowers(source.tokens())).get(kanji) ?? '';

  const spellAll = (byWord: readonly string[][][], options: { surname?: boolean }): string[] => {
    if (byWord.some((cuts) => cuts.length === 0)) return [];
    const found = new Map<string, number>();
    let tries = 0;
    for (const cut of combinations(byWord)) {
      if (cut.length > mostSyllables) continue;
      if (cut.length === 1) {
        if (!options.surname || (cut[0] as string).startsWith(cantoneseMark)) continue;
        for (const [name, passages] of surnamed(cut[0] as string)) if (!found.has(name)) found.set(name, passages);
        continue;
      }
      const spell = (at: number, written: string): void => {
        if (tries > triesPerName) return;
        if (at === cut.length) {
          if (!found.has(written)) found.set(written, source.passages(written));
          return;
        }
        for (const kanji of kanjiFor(cut[at] as string)) {
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

  return (words, options = {}) => {
    // As written (pinyin), and as the pinyin its Wade–Giles may stand for (Ching-te: jing de, qing de …).
    const byWord = words.map((word) => [...new Set([latinLetters(word), ...wadeGilesReadings(word).map(latinLetters)])].flatMap((letters) => syllables(letters, kanjiOf())));
    let names = spellAll(byWord, options);
    // Cantonese only where pinyin spells nothing: a word's syllables are its hyphened parts (Kai-shek: kai, shek),
    // each word read either way (Chiang by Wade–Giles, Kai-shek in Cantonese).
    if (names.length === 0 && readCantonese && words.length > 1) {
      const cantoneseCut = (word: string) => {
        const parts = word.toLowerCase().split('-').map(latinLetters);
        return parts.every((part) => cantoneseOf().has(`${cantoneseMark}${part}`)) ? [parts.map((part) => `${cantoneseMark}${part}`)] : [];
      };
      names = spellAll(words.map((word, at) => [...(byWord[at] ?? []), ...cantoneseCut(word)]), {});
    }
    // The articles name him 習近平国家主席 once, then 習主席: the surname with a title stands for the name.
    const [first] = names;
    const short = first !== undefined && first.length > 1 && source.beforeTitle(first[0] as string) ? source.titled(first[0] as string) : [];
    return [...names, ...short.slice(0, keptSpellings)];
  };
}

/** Each kanji → the kanji that follow it in the corpus's two-kanji tokens (its bigrams), as one string. */
function bigramFollowers(tokens: readonly string[]): Map<string, string> {
  const followers = new Map<string, string>();
  for (const token of tokens) {
    if (token.length !== 2 || !han.test(token[0] as string) || !han.test(token[1] as string)) continue;
    followers.set(token[0] as string, `${followers.get(token[0] as string) ?? ''}${token[1]}`);
  }
  return followers;
}

/** Tone-less syllable → the corpus's kanji read so (ü as u, as English writes Lü and Nüwa). */
function syllableTable(tokens: readonly string[], read: ReadPinyin, syllable = /^[a-z]+$/u): Map<string, string[]> {
  const kanji = new Set<string>();
  for (const token of tokens) for (const char of token) if (han.test(char)) kanji.add(char);
  const table = new Map<string, string[]>();
  for (const char of kanji) {
    for (const reading of new Set(read(char).map((spelling) => (syllable.test(spelling) ? spelling : latinLetters(spelling))))) {
      if (!syllable.test(reading)) continue;
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
