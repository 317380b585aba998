/**
 * Proper names from ENAMDICT (JMnedict, data/enamdict/names.tsv.gz, built by
 * scripts/dictionary/build-enamdict.ts): places, people, organisations and
 * works EDICT does not have, with their Japanese spellings (Parthenon →
 * パルテノン, Riyadh → リヤード, Ishiba Shigeru → 石破茂), and the initials of
 * the organisations' names (PBOC: People's Bank of China → 中国人民銀行). The
 * table is read at the first capitalised word that the reference titles,
 * EDICT, pinyin and IPADIC's readings leave unexplained and kept as its
 * bytes, sorted, each name looked up by binary search; a spelling counts
 * where the corpus writes it: as it is, without the dot between a name's
 * words (アンワル・イブラヒム for アンワルイブラヒム), or as another katakana
 * spelling of the same sounds (ヨハネスブルグ, the articles' ヨハネスブルク).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { projectPath } from '../../project-root.ts';
import { katakanaWord, matchKatakana, romanizeKatakana, soundsSame, type KatakanaWord } from './transliterate.ts';

export const namesTablePath = projectPath('data', 'enamdict', 'names.tsv.gz');

export interface DictionaryNameSource {
  /** Whether the corpus uses this (normalised) spelling (see english-lexicon.ts). */
  uses(spelling: string): boolean;
  /** The corpus's katakana words. */
  katakana: readonly KatakanaWord[];
  /** How many passages hold the spelling, to put the most written first. */
  passages(spelling: string): number;
}

export interface DictionaryNames {
  /**
   * A lower-case English name (riyadh, anwar ibrahim) → the corpus's spellings of it, most written first; none when it writes
   * none. `closest`: else the corpus's katakana closest to ENAMDICT's, a guess, for a name EDICT does not know.
   */
  of(name: string, options?: { closest?: boolean }): readonly string[];
  /** The spellings of the one organisation's or place's name the corpus writes whose initials these are (pboc → 中国人民銀行). */
  initialled(letters: string): readonly string[];
}

const katakanaOnly = /^[\p{Script=Katakana}ー・]+$/u;
/** A name is one person or place: two spellings at most, as for the other names. */
const keptSpellings = 2;
const newline = 0x0a;
const tab = 0x09;

/** The table's lines, sorted by their bytes: the value of a key by binary search. */
interface SortedTable {
  get(key: string): string | undefined;
}

function readTable(path: string): SortedTable {
  let bytes: Buffer;
  try {
    bytes = gunzipSync(readFileSync(path));
  } catch {
    return { get: () => undefined };
  }
  const starts: number[] = [];
  for (let at = 0; at < bytes.length; ) {
    const end = bytes.indexOf(newline, at);
    if (bytes[at] !== 0x23) starts.push(at);
    if (end === -1) break;
    at = end + 1;
  }
  const lineStarts = Int32Array.from(starts);
  const keyEnd = (start: number) => bytes.indexOf(tab, start);
  return {
    get(key) {
      const wanted = Buffer.from(key);
      let [low, high] = [0, lineStarts.length - 1];
      while (low <= high) {
        const middle = (low + high) >> 1;
        const start = lineStarts[middle] as number;
        const end = keyEnd(start);
        const order = Buffer.compare(bytes.subarray(start, end), wanted);
        if (order === 0) {
          const stop = bytes.indexOf(newline, end);
          return bytes.toString('utf8', end + 1, stop === -1 ? bytes.length : stop);
        }
        if (order < 0) low = middle + 1;
        else high = middle - 1;
      }
      return undefined;
    },
  };
}

export function createDictionaryNames(source: DictionaryNameSource, path = namesTablePath): DictionaryNames {
  let table: SortedTable | undefined;
  let dotless: Map<string, string> | undefined;
  let bySkeleton: Map<string, KatakanaWord[]> | undefined;
  // The corpus's katakana by their dotless spelling and by their skeleton, for the other spellings of the same sounds.
  const corpusKatakana = () => {
    dotless = new Map();
    bySkeleton = new Map();
    for (const word of source.katakana) {
      dotless.set(word.word.replaceAll('・', ''), word.word);
      const list = bySkeleton.get(word.skeleton);
      if (list) list.push(word);
      else bySkeleton.set(word.skeleton, [word]);
    }
    return dotless;
  };
  const written = (spelling: string): string | undefined => {
    if (source.uses(spelling)) return spelling;
    if (!katakanaOnly.test(spelling)) return undefined;
    const bare = spelling.replaceAll('・', '');
    const same = (dotless ?? corpusKatakana()).get(bare);
    if (same !== undefined) return same;
    const word = katakanaWord(bare);
    return bySkeleton?.get(word.skeleton)?.find((candidate) => soundsSame(word, candidate))?.word;
  };
  const of = (name: string, { closest = false } = {}): string[] => {
    const spellings = (table ??= readTable(path)).get(name)?.split(' ') ?? [];
    let found = [...new Set(spellings.map(written).filter((spelling): spelling is string => spelling !== undefined))];
    // None written so: the corpus's katakana closest to ENAMDICT's, matched as an English name is (its romaji for the English).
    if (found.length === 0 && closest) found = [...new Set(spellings.filter((spelling) => katakanaOnly.test(spelling)).flatMap((spelling) => matchKatakana(romanizeKatakana(spelling), source.katakana)))];
    return found
      .map((spelling) => ({ spelling, passages: source.passages(spelling) }))
      .sort((a, b) => b.passages - a.passages)
      .slice(0, keptSpellings)
      .map(({ spelling }) => spelling);
  };
  return {
    of,
    initialled: (letters) => {
      // Only names the corpus writes count, and one of them alone.
      const names = ((table ??= readTable(path)).get(`=${letters}`)?.split('|') ?? []).map((known) => of(known)).filter((spellings) => spellings.length > 0);
      return names.length === 1 ? (names[0] as string[]) : [];
    },
  };
}
