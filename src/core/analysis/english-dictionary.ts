/**
 * The English → Japanese table (data/edict/en-ja.tsv.gz, built from EDICT by
 * scripts/dictionary/build-edict.ts), read when the first English question
 * arrives and kept only where the corpus uses the Japanese: the corpus
 * decides between 露西亜 and ロシア, and drops 磁器 for "china". The whole
 * table is 175k phrases; over the bundled articles a few thousand survive.
 */
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { projectPath } from '../../project-root.ts';
import { initialledBy, type Initialled } from './initials.ts';

export const englishDictionaryPath = projectPath('data', 'edict', 'en-ja.tsv.gz');

/** Spellings kept per phrase: more only dilutes the question (say → 言う, 述べる, 話す …). */
const keptPerPhrase = 3;
const katakanaName = /^[\p{Script=Katakana}ー・]{2,}$/u;
const shortKanji = /^\p{Script=Han}{1,3}$/u;
/** A word's compound parts kept: its first senses' (general: 一般的 … 総 is the 6th). */
const keptParts = 10;

export interface EnglishDictionary {
  /**
   * Japanese spellings for a lower-case English phrase, best first; only ones the corpus uses. Capitalised in the
   * question, a phrase the corpus writes none of EDICT's spellings for has the thesaurus's other names for it (DPRK:
   * 朝鮮民主主義人民共和国 → 北朝鮮).
   */
  lookup(phrase: string, capitalised?: boolean): readonly string[] | undefined;
  /** Whether EDICT has this phrase as a name (North Korea, Ukraine), whether or not the corpus uses it. */
  isName(phrase: string): boolean;
  /**
   * EDICT's katakana spellings of a name, whether or not the corpus uses them (vientiane →
   * ビエンチャン, ヴィエンチャン): to be matched by sound against the corpus's own spelling.
   */
  nameKatakana(phrase: string): readonly string[];
  /** Whether EDICT glosses this lower-case English word or phrase as a verb (to host), whatever the corpus uses. */
  isVerb(phrase: string): boolean;
  /**
   * Common (P) spellings of the two-word phrases this word begins (capital → 首都 from "capital city"):
   * EDICT narrows a sense with a second word that a question leaves out. Only ones the corpus uses.
   */
  narrowed(word: string): readonly string[];
  /**
   * Short kanji spellings (one to three) of a single common word, whether or not the corpus uses them:
   * the parts a compound is made of (general: 総, assembly: 会 → 総会), then the common spellings of
   * the phrases it begins (foreign: 外務, from "foreign affairs").
   */
  parts(word: string): readonly string[];
  /** Whether EDICT has this lower-case single word as a common word (not only as a name), whether or not the corpus uses it. */
  isCommonWord(word: string): boolean;
  /**
   * EDICT's first spelling of a lower-case single common word not in katakana alone, whether or not the corpus uses it
   * (captain → 機長, budget → 予算): the Japanese a question would have written for a word the articles never use.
   */
  headSpelling(word: string): string | undefined;
  /** The spellings of the one phrase of several words whose initials are these letters (sco: shanghai cooperation organization), if one alone. */
  initialled(letters: string): readonly string[];
  /** Whether the Japanese spelling is a translation of some English phrase (so: a common word, not a name). */
  knows(spelling: string): boolean;
  readonly phrases: number;
}

/**
 * `uses(spelling)`: whether the corpus uses this Japanese spelling (see english-lexicon.ts); `passages(spelling)`:
 * how many passages have it as a term, so the corpus's commonest common spelling is kept past the first three;
 * `paraphrases(spelling)`: the thesaurus's other spellings of it, used or not, for names the corpus writes otherwise;
 * `siblings(spelling)`: the corpus's compounds of three kanji with the same first and last kanji (開会式 → 開幕式).
 */
export async function loadEnglishDictionary(
  uses: (spelling: string) => boolean,
  path = englishDictionaryPath,
  passages: (spelling: string) => number = () => 0,
  paraphrases: (spelling: string) => readonly string[] = () => [],
  siblings: (spelling: string) => readonly string[] = () => [],
): Promise<EnglishDictionary> {
  const text = (await promisify(gunzip)(await readFile(path))).toString('utf8');
  const table = new Map<string, string[]>();
  const known = new Set<string>();
  const verbs = new Set<string>();
  // One-word phrases only (about 60k): whether a capitalised word the corpus has no spelling of is a name; each with
  // its head spelling (headSpelling): 1.6 MB more heap than a Set of them (16.6 → 18.2 MB with no spelling kept).
  const commonWords = new Map<string, string>();
  const names = new Set<string>();
  const proper = new Map<string, string[]>();
  const narrowed = new Map<string, string[]>();
  const nameKatakana = new Map<string, string[]>();
  // One string per word, its short kanji spellings space-separated: about 40k small strings.
  const parts = new Map<string, string>();
  const tailParts = new Map<string, string>();
  // Phrases the corpus writes no spelling of, by the thesaurus's other names for them (dprk → 北朝鮮).
  const aliases = new Map<string, string[]>();
  let start = 0;
  // One pass over the lines without splitting the 8 MB text into an array of 175k strings.
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const tab = text.indexOf('\t', start);
    if (tab !== -1 && tab < end && text[start] !== '#') {
      const kept: string[] = [];
      const flags = text.indexOf('\t', tab + 1);
      const last = flags !== -1 && flags < end ? flags : end;
      const phrase = text.slice(start, tab);
      const flagged = last === end ? '' : text.slice(last + 1, end);
      if (flagged.includes('v')) verbs.add(phrase);
      // The line's spellings split once, their marks off: about 10 a phrase, 175k phrases.
      const raws = text.slice(tab + 1, last).split(' ');
      const bare = raws.map((raw) => (raw.endsWith('*') || raw.endsWith('^') ? raw.replace(/[*^]+$/u, '') : raw));
      const space = phrase.indexOf(' ');
      // A word some gloss capitalises still makes compounds with its other entries' spellings (dog: 犬 of 救助犬, beside the
      // zodiac's Dog, 戌); it stays no common word (counted as common words, such words lost held-out english2 two
      // questions in the first three, 34 → 32 of 39, and refused two more).
      const common = flagged.includes('p') ? raws.filter((raw) => !raw.includes('^')) : raws;
      if (space === -1 && common.length > 0) {
        if (!flagged.includes('p')) {
          // Past a loanword EDICT lists first (captain: キャプテン, 機長; together: トゥギャザー, 一緒に), which kuromoji may call a name.
          const spellings = common.map((raw) => raw.replace(/[*^]+$/u, ''));
          commonWords.set(phrase, spellings.find((spelling) => !katakanaName.test(spelling)) ?? (spellings[0] as string));
        }
        const short = common.map((raw) => adjectivalStem(raw.replace(/[*^]+$/u, ''))).filter((spelling) => shortKanji.test(spelling)).slice(0, keptParts);
        if (short.length > 0) parts.set(phrase, [...new Set(short)].join(' '));
      } else if (!flagged.includes('p') && space > 0 && phrase.indexOf(' ', space + 1) === -1) {
        // The common spelling of a two-word phrase is a part its last word may stand for in a compound (motor vehicle: 自動車).
        const common = bare.filter((spelling, at) => raws[at]?.endsWith('*') && shortKanji.test(spelling));
        const tail = phrase.slice(space + 1);
        if (common.length > 0) tailParts.set(tail, [...new Set([...(tailParts.get(tail)?.split(' ') ?? []), ...common])].join(' '));
      }
      if (flagged.includes('p')) {
        names.add(phrase);
        const spelled = bare.filter((spelling) => katakanaName.test(spelling));
        if (spelled.length > 0) nameKatakana.set(phrase, spelled.slice(0, keptPerPhrase));
      }
      const capitalisedOnes: string[] = [];
      // Past the first three, one more: a common spelling the articles write more than any kept (trade: 貿易, EDICT's 6th).
      let mostWritten = 0;
      for (const [at, raw] of raws.entries()) {
        const written = bare[at] as string;
        // A people's or a language's name is its place first (Mexican: メキシコ人 → メキシコ; French: フランス語 → フランス).
        const people = flagged.includes('p') && space === -1 ? peopleStem(written) : null;
        for (const form of people === null ? [written] : [people, written]) {
          // An adjective's spelling the corpus does not write may have its noun (追加的 → 追加, 電気式 → 電気); a phrase
          // of several words is no adjective (opening ceremony: 開催式 is no 開催).
          const spelling = uses(form) || space !== -1 ? form : adjectivalStem(form);
          if (kept.includes(spelling) || !uses(spelling)) continue;
          const count = passages(spelling);
          if (kept.length >= keptPerPhrase && !(kept.length === keptPerPhrase && raw.endsWith('*') && count > mostWritten)) {
            mostWritten = Math.max(mostWritten, count);
            continue;
          }
          mostWritten = Math.max(mostWritten, count);
          kept.push(spelling);
          known.add(spelling);
          if (raw.includes('^')) capitalisedOnes.push(spelling);
          if (raw.endsWith('*') && space > 0 && phrase.indexOf(' ', space + 1) === -1 && !phrase.startsWith('be ')) {
            const head = phrase.slice(0, space);
            const list = narrowed.get(head);
            if (!list) narrowed.set(head, [spelling]);
            else if (!list.includes(spelling)) list.push(spelling);
          }
        }
      }
      // A one-word phrase the corpus writes no spelling of may still have its compound's stem:
      // psychoanalyst is 精神分析学者, the article's 精神分析医 shares 精神分析.
      if (kept.length === 0 && phrase.indexOf(' ') === -1 && !flagged.includes('p')) {
        const stems = bare.map((spelling) => usedStem(spelling, uses));
        kept.push(...new Set(stems.filter((stem): stem is string => stem !== null)));
        kept.splice(keptPerPhrase);
        for (const stem of kept) known.add(stem);
      }
      // A compound of three kanji the corpus writes none of may be the one it writes with the same first and last kanji
      // (opening ceremony: 開会式, the articles' 開幕式; closing ceremony: 閉会式 → 閉幕式).
      if (kept.length === 0 && !flagged.includes('p')) {
        const found = new Set(bare.filter((spelling) => threeKanji.test(spelling)).flatMap((spelling) => siblings(spelling)));
        if (found.size === 1) {
          kept.push(...found);
          for (const sibling of found) known.add(sibling);
        }
      }
      // A name the corpus writes by another of its names (朝鮮民主主義人民共和国 for DPRK; the articles write 北朝鮮):
      // the thesaurus's spellings of the same thing, where the corpus writes none of EDICT's.
      // Only for a capitalised word (a name, an acronym): a common word's neighbours are other senses (pay → 決済).
      if (kept.length === 0) {
        const others: string[] = [];
        for (const spelling of bare.slice(0, keptPerPhrase)) for (const other of paraphrases(spelling)) if (!others.includes(other) && uses(other)) others.push(other);
        if (others.length > 0) aliases.set(phrase, others.slice(0, keptPerPhrase));
      }
      if (kept.length > 0) table.set(phrase, kept);
      if (capitalisedOnes.length > 0) proper.set(phrase, capitalisedOnes);
    }
    start = end + 1;
  }
  let initials: Initialled | undefined;
  let nameInitials: Initialled | undefined;
  return {
    // A capitalised word asks for the name first (China → 中国 before 陶器).
    lookup: (phrase, capitalised = false) => {
      const all = table.get(phrase) ?? (capitalised ? aliases.get(phrase) : undefined);
      const named = capitalised ? proper.get(phrase) : undefined;
      return named && all ? [...named, ...all.filter((spelling) => !named.includes(spelling))] : all;
    },
    isName: (phrase) => names.has(phrase),
    isCommonWord: (word) => commonWords.has(word),
    headSpelling: (word) => commonWords.get(word),
    narrowed: (word) => narrowed.get(word) ?? [],
    // A minister is 大臣, and 相 at the end of a compound as news writes it (財務相 for finance minister; EDICT gives 財務大臣).
    parts: (word) => {
      const found = [...(parts.get(word)?.split(' ') ?? []), ...(narrowed.get(word) ?? []).filter((spelling) => shortKanji.test(spelling)), ...(tailParts.get(word)?.split(' ') ?? [])];
      return [...new Set(found.flatMap((part) => (part === '大臣' ? [part, '相'] : [part])))];
    },
    nameKatakana: (phrase) => nameKatakana.get(phrase) ?? [],
    // Two letters stand only for a name (UK: United Kingdom → 英国), three or more for any phrase.
    initialled: (letters) =>
      (letters.length === 2
        ? (nameInitials ??= initialledBy([...names].filter((phrase) => table.has(phrase)), (phrase) => table.get(phrase) ?? [], 2))
        : (initials ??= initialledBy(table.keys(), (phrase) => table.get(phrase) ?? [])))(letters),
    isVerb: (phrase) => verbs.has(phrase), knows: (spelling) => known.has(spelling), phrases: table.size };
}

/** What a people's or a language's name adds to its place's: 人, 語, 族, 系, 国民 (メキシコ人, トルコ語, 米国民). */
const peopleSuffix = /^(.{2,}?)(?:人|語|族|系|国民)$/u;

/** The place a people's or a language's spelling is made from (メキシコ人 → メキシコ), or null. */
function peopleStem(spelling: string): string | null {
  return peopleSuffix.exec(spelling)?.[1] ?? null;
}

const kanjiCompound = /^\p{Script=Han}{5,}$/u;
const threeKanji = /^\p{Script=Han}{3}$/u;

/** A kanji noun made an adjective by 的 or 式 (追加的, 電気式, 経済的): the noun; any other spelling as it is. */
function adjectivalStem(spelling: string): string {
  const last = spelling[spelling.length - 1];
  return (last === '的' || last === '式') && /^\p{Script=Han}{3,}$/u.test(spelling) ? spelling.slice(0, -1) : spelling;
}

/** The longest leading part of a kanji compound of five or more, four kanji at least, that the corpus uses. */
function usedStem(spelling: string, uses: (spelling: string) => boolean): string | null {
  if (!kanjiCompound.test(spelling)) return null;
  for (let length = spelling.length - 1; length >= 4; length -= 1) if (uses(spelling.slice(0, length))) return spelling.slice(0, length);
  return null;
}
