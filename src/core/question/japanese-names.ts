/**
 * Japanese names asked about in English, written in kanji by the articles
 * (Kishida ↔ 岸田, Motegi ↔ 茂木, Hokkaido ↔ 北海道). EDICT has few of them;
 * IPADIC has their readings (岸田: キシダ; 茂木: モギ, モテギ …, every entry's,
 * not only the one the tokenizer picks). Each kanji word the corpus uses
 * is read once, at the first English name nothing else explains, its
 * readings romanised (Hepburn, as English news writes Japanese names) and
 * reduced to a key that forgets what English spellings of Japanese drop:
 * long vowels (Tokyo for トウキョウ, Kono for コウノ, Ohno for オオノ) and
 * the m of Shimbun. An English name word is matched by its key.
 */
import type { WordReading } from '../analysis/tokenizer.ts';

export interface JapaneseNameSource {
  /** The corpus's terms (normalised), among which its kanji words. */
  terms(): Iterable<string>;
  /** IPADIC's noun readings of a word written exactly so (see tokenizer.ts). */
  readings(term: string): readonly WordReading[];
  /** How many passages hold the spelling. */
  passages(spelling: string): number;
}

/** An English name word (Kishida) → the corpus's kanji spellings read so (岸田), most used first; none when none is. */
export type JapaneseNames = (word: string) => string[];

/** A kanji word of the corpus, one to four characters (a surname, a given name, a place: 北海道, 鹿児島). */
const kanjiWord = /^(?=.*\p{Script=Han})[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々ヶ]{1,4}$/u;
/** Words read per corpus at most, so a corpus of millions of terms costs a bounded first question (about 5 µs a word). */
const mostWords = 200_000;
/** Two letters say too little (Ii, Io): a name key of three letters at least. */
const shortestKey = 3;
/** A name is one person or place: two spellings at most, as for katakana and pinyin names. */
const keptSpellings = 2;

export function createJapaneseNames(source: JapaneseNameSource): JapaneseNames {
  let table: Map<string, string[]> | undefined;
  const build = () => {
    const built = new Map<string, string[]>();
    let read = 0;
    for (const term of source.terms()) {
      if (!kanjiWord.test(term)) continue;
      if ((read += 1) > mostWords) break;
      // Proper nouns only: Sato is 佐藤, never the 砂糖 (sugar) that reads the same.
      for (const { reading, proper } of source.readings(term)) {
        const key = proper ? nameKey(romanizeReading(reading)) : '';
        if (key.length < shortestKey) continue;
        const list = built.get(key);
        if (!list) built.set(key, [term]);
        else if (!list.includes(term)) list.push(term);
      }
    }
    return built;
  };
  return (word) => {
    const key = nameKey(word);
    if (key.length < shortestKey || !/^[a-z]+$/u.test(key)) return [];
    // The one more passages write first.
    return ((table ??= build()).get(key) ?? [])
      .map((spelling) => ({ spelling, passages: source.passages(spelling) }))
      .filter(({ passages }) => passages > 0)
      .sort((a, b) => b.passages - a.passages)
      .slice(0, keptSpellings)
      .map(({ spelling }) => spelling);
  };
}

const kana: Record<string, string> = {
  ア: 'a', イ: 'i', ウ: 'u', エ: 'e', オ: 'o', カ: 'ka', キ: 'ki', ク: 'ku', ケ: 'ke', コ: 'ko', ガ: 'ga', ギ: 'gi', グ: 'gu', ゲ: 'ge', ゴ: 'go',
  サ: 'sa', シ: 'shi', ス: 'su', セ: 'se', ソ: 'so', ザ: 'za', ジ: 'ji', ズ: 'zu', ゼ: 'ze', ゾ: 'zo', タ: 'ta', チ: 'chi', ツ: 'tsu', テ: 'te', ト: 'to',
  ダ: 'da', ヂ: 'ji', ヅ: 'zu', デ: 'de', ド: 'do', ナ: 'na', ニ: 'ni', ヌ: 'nu', ネ: 'ne', ノ: 'no', ハ: 'ha', ヒ: 'hi', フ: 'fu', ヘ: 'he', ホ: 'ho',
  バ: 'ba', ビ: 'bi', ブ: 'bu', ベ: 'be', ボ: 'bo', パ: 'pa', ピ: 'pi', プ: 'pu', ペ: 'pe', ポ: 'po', マ: 'ma', ミ: 'mi', ム: 'mu', メ: 'me', モ: 'mo',
  ヤ: 'ya', ユ: 'yu', ヨ: 'yo', ラ: 'ra', リ: 'ri', ル: 'ru', レ: 're', ロ: 'ro', ワ: 'wa', ヰ: 'i', ヱ: 'e', ヲ: 'o', ン: 'n', ヴ: 'vu',
  ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o', ヮ: 'wa',
};
const small: Record<string, string> = { ャ: 'a', ュ: 'u', ョ: 'o' };

/**
 * An IPADIC reading in Hepburn: キョウト → kyouto, ホッカイドウ → hokkaidou, シャ → sha,
 * チュウ → chuu; ー repeats the vowel (nameKey folds it away).
 */
export function romanizeReading(reading: string): string {
  let out = '';
  let doubled = false;
  for (const char of reading) {
    if (char === 'ッ') {
      doubled = true;
      continue;
    }
    const glide = small[char];
    if (glide !== undefined) {
      // キ + ョ → kyo, シ + ョ → sho, チ + ョ → cho, ジ + ョ → jo: the i of the syllable before gives way.
      out = /(?:sh|ch|j)i$/u.test(out) ? `${out.slice(0, -1)}${glide}` : out.endsWith('i') ? `${out.slice(0, -1)}y${glide}` : `${out}y${glide}`;
      continue;
    }
    if (char === 'ー') {
      out += out.slice(-1);
      continue;
    }
    const syllable = kana[char] ?? '';
    // ッ doubles the next consonant (ホッカイドウ → hokkaido, マッチャ → matcha).
    out += doubled && syllable !== '' ? `${syllable.startsWith('ch') ? 't' : syllable[0]}${syllable}` : syllable;
    doubled = false;
  }
  return out;
}

/**
 * What English spellings of a Japanese name keep: lower-case letters, no macrons (Tōkyō), one
 * vowel for a long one (ou, oo, uu, oh: Tokyo, Kono, Yuko, Ohno), n for the m before b, m, p
 * (Shimbun, Namba), no apostrophe (Shin'ichi).
 */
export function nameKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/gu, '')
    .replace(/oh(?![aeiou])/gu, 'o')
    .replace(/m(?=[bmp])/gu, 'n')
    .replace(/ou/gu, 'o')
    .replace(/([aeiou])\1+/gu, '$1');
}
