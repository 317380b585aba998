/**
 * Japanese analysis: the plug-in that turns text into index terms. Two
 * views of the same text, the standard pairing in Japanese search:
 * - `terms`: kuromoji base forms of content words (nouns, verbs,
 *   adjectives), so 会談した and 会談する match;
 * - `bigrams`: character bigrams of Japanese runs (whole tokens for Latin
 *   and digits), for recall on compounds and words the dictionary lacks.
 * Everything is matched in normal form (NFKC, lower case).
 */
import { normalizeText } from './normalize.ts';
import type { Morpheme, Tokenize } from './tokenizer.ts';

/**
 * Bump whenever analysis output changes (filters, bigrams, tags): persisted
 * indexes built by another version are then rebuilt instead of trusted.
 */
export const analyzerVersion = 7;

/** Defaults in one place: what counts as content, what is noise. */
export const analyzerDefaults = {
  /** Parts of speech that carry content. */
  contentPos: new Set(['名詞', '動詞', '形容詞']),
  /** Sub-categories dropped even under a content POS: grammar, not meaning. */
  droppedPos1: new Set(['非自立', '代名詞', '接尾', '特殊', '数接続']),
  /** Base forms too common to be evidence for anything. */
  stopBases: new Set([
    'する', 'ある', 'いる', 'なる', 'できる', 'れる', 'られる', 'せる', 'させる', 'おる', 'いう', 'くる', 'いく', 'みる',
    'ない', 'よい', 'いい', 'こと', 'もの', 'ところ', 'とき', 'ため', 'よう', 'ほう', 'さん', 'の', 'ん', 'そう',
    'など', 'ら', 'たち', 'ほか', 'うち', 'なか', '中', '際', '上', '下', '等', 'お', 'ご',
  ]),
};

/**
 * English function words, for questions asked in English: kuromoji passes
 * Latin words through as nouns, and "what" or "did" are not evidence.
 */
export const englishStopWords = new Set(
  ('a an the of to in on at by for from with about into over after before between and or but not no is are was were be been ' +
    'being do does did done have has had will would can could should may might must shall this that these those it its they ' +
    'them their he she his her we our you your i me my as than then there here so such say said says tell told talk talked ' +
    'what when where who whom whose which why how many much any some all both each other more most very also just only')
    .split(' '),
);

/** Morphemes of questions that ask rather than describe (何, いつ, どこ, 誰 …). */
export const questionWordBases = new Set([
  '何', 'なに', 'なん', 'いつ', 'どこ', 'どちら', 'どっち', 'どれ', '誰', 'だれ', 'どなた', 'どの', 'どう', 'どんな',
  'なぜ', '何故', 'どうして', 'いくつ', 'いくら', 'どのよう', 'どういう', 'いかが', '何者', 'どれほど', 'どれくらい', 'どのくらい',
  'いつか', 'いつごろ', 'いつ頃', 'いつの', 'どれぐらい', 'どのぐらい', 'なん', 'なんという',
]);

export interface Analysis {
  terms: string[];
  bigrams: string[];
  /** Named things and quantities, as `kind:term` (place:クアラルンプール, time:2025年), for answer-type hints. */
  tags: string[];
}

export interface Analyzer {
  analyze(text: string): Analysis;
  /** Morphemes of the normalised text, for callers that need more than terms. */
  morphemes(text: string): Morpheme[];
}

export function createAnalyzer(tokenize: Tokenize): Analyzer {
  const morphemes = (text: string) => markCountries(tokenize(normalizeText(text)));
  return {
    morphemes,
    analyze(text) {
      const normalized = normalizeText(text);
      const tokens = markCountries(tokenize(normalized));
      return { terms: contentTerms(tokens), bigrams: charBigrams(normalized), tags: entityTags(tokens) };
    },
  };
}

/**
 * One-kanji country names as IPADIC tags them in compounds (米露, 日中, 英仏独,
 * 中ロ): indexed and asked as the full name, so 米露首脳会談 meets ロシア.
 */
const countryAbbreviations = new Map([
  ['米', 'アメリカ'], ['露', 'ロシア'], ['ロ', 'ロシア'], ['中', '中国'], ['日', '日本'], ['英', 'イギリス'], ['仏', 'フランス'],
  ['独', 'ドイツ'], ['印', 'インド'], ['韓', '韓国'], ['朝', '北朝鮮'], ['豪', 'オーストラリア'], ['伊', 'イタリア'], ['加', 'カナダ'],
  ['比', 'フィリピン'], ['越', 'ベトナム'], ['泰', 'タイ'], ['蘭', 'オランダ'], ['台', '台湾'], ['欧', '欧州'],
]);

function countryOf(morpheme: Morpheme): string | undefined {
  return morpheme.country;
}

/** Words after which a one-kanji country is a country (露外相, 米政府), not rice or a surname (米・肉, 加隈). */
const countryFollowers = new Set(['外相', '首脳', '首相', '大統領', '政府', '関係', '軍', '大使', '会談', '外交', '両国', '間', '国境', '貿易', '同盟', '主導']);

/**
 * Sets `country` on the morphemes that stand for one: one-kanji country
 * names next to another (米露, 英仏独, 中ロ) or before a word of diplomacy
 * (露外相, 米政府). A lone 米 (rice) stays itself.
 */
export function markCountries(tokens: Morpheme[]): Morpheme[] {
  const morphemes = tokens.flatMap(splitCountryCompound);
  const tagged = (morpheme: Morpheme | undefined) =>
    morpheme !== undefined && morpheme.pos1 === '固有名詞' && morpheme.surface.length === 1 && countryAbbreviations.has(morpheme.surface);
  // kuromoji sometimes reads the other half of a pair as a common noun (印露: 印 = しるし).
  const abbreviation = (at: number) => {
    const morpheme = morphemes[at];
    if (morpheme === undefined || morpheme.surface.length !== 1 || !countryAbbreviations.has(morpheme.surface)) return false;
    return tagged(morpheme) || tagged(morphemes[at - 1]) || tagged(morphemes[at + 1]);
  };
  const follows = (at: number) => countryFollowers.has(morphemes[at]?.base ?? '');
  morphemes.forEach((morpheme, index) => {
    if (!abbreviation(index)) return;
    const before = abbreviation(index - 1);
    const after = abbreviation(index + 1);
    // 日中 is also "daytime": as countries only before a word of diplomacy (日中関係).
    const pair = before ? `${morphemes[index - 1]?.surface}${morpheme.surface}` : after ? `${morpheme.surface}${morphemes[index + 1]?.surface}` : '';
    const daytime = pair === '日中' && !follows(before ? index + 1 : index + 2);
    if ((tagged(morpheme) && follows(index + 1)) || ((before || after) && !daytime)) {
      morpheme.country = countryAbbreviations.get(morpheme.surface);
    }
  });
  return morphemes;
}

/** 中印 read as one place name is two countries: one morpheme each (not 中日 the newspaper, an organisation). */
function splitCountryCompound(morpheme: Morpheme): Morpheme[] {
  const chars = Array.from(morpheme.surface);
  if (morpheme.pos2 !== '地域' || chars.length < 2 || chars.length > 3 || !chars.every((char) => countryAbbreviations.has(char))) return [morpheme];
  return chars.map((char) => ({ surface: char, base: char, pos: '名詞', pos1: '固有名詞', pos2: '地域', pos3: '国' }));
}

export function isContent(morpheme: Morpheme): boolean {
  if (countryOf(morpheme)) return true;
  const { contentPos, droppedPos1, stopBases } = analyzerDefaults;
  if (!contentPos.has(morpheme.pos)) return false;
  // NFKC turns ？ into ?, which kuromoji then calls an unknown noun.
  if (!/[\p{L}\p{N}]/u.test(morpheme.base)) return false;
  if (droppedPos1.has(morpheme.pos1)) return false;
  if (morpheme.pos !== '名詞' && morpheme.pos1 !== '自立') return false;
  if (stopBases.has(morpheme.base) || questionWordBases.has(morpheme.base) || questionWordBases.has(morpheme.surface)) return false;
  if (englishStopWords.has(morpheme.base.toLowerCase())) return false;
  // Single kana are almost always fragments of a misparse, not words.
  return !/^[\p{Script=Hiragana}\p{Script=Katakana}ー]$/u.test(morpheme.base);
}

export function termOf(morpheme: Morpheme): string {
  return countryOf(morpheme) ?? normalizeText(morpheme.base);
}

export function contentTerms(morphemes: Morpheme[]): string[] {
  return morphemes.filter(isContent).map(termOf);
}

const japaneseRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ]+/gu;
const latinOrDigitRun = /[\p{Script=Latin}\p{N}]+/gu;

/** Bigrams of each Japanese run (a lone character stands as itself), whole Latin/digit words. */
export function charBigrams(normalized: string): string[] {
  const grams: string[] = [];
  for (const [run] of normalized.matchAll(japaneseRun)) {
    const chars = Array.from(run);
    if (chars.length === 1) grams.push(run);
    for (let i = 0; i + 1 < chars.length; i += 1) grams.push(`${chars[i]}${chars[i + 1]}`);
  }
  for (const [word] of normalized.matchAll(latinOrDigitRun)) grams.push(word);
  return grams;
}

const timeCounters = new Set(['年', '月', '日', '時', '分', '世紀', '年代', '年間', '年度', '週', '時代']);
const timeNouns = /^(?:.曜日?|今年|昨年|去年|来年|今月|先月|来月|今日|昨日|明日|当時|現在|今後|最近|戦前|戦後|[春夏秋冬]|.+時代|.+年間|明治|大正|昭和|平成|令和|江戸)$/u;

/**
 * Kind-tagged tokens that could answer いつ / どこ / 誰 / いくつ questions:
 * IPADIC marks places, people and organisations as proper nouns; a number
 * followed by 年・月・日 is a time, by another counter a quantity.
 */
export function entityTags(morphemes: Morpheme[]): string[] {
  const tags: string[] = [];
  for (let i = 0; i < morphemes.length; i += 1) {
    const morpheme = morphemes[i] as Morpheme;
    if (morpheme.pos !== '名詞') continue;
    if (morpheme.pos1 === '固有名詞') {
      const kind =
        morpheme.pos2 === '地域' ? (morpheme.pos3 === '国' ? 'country' : 'place') : morpheme.pos2 === '人名' ? 'person' : morpheme.pos2 === '組織' ? 'org' : 'name';
      tags.push(`${kind}:${termOf(morpheme)}`);
    } else if (morpheme.pos1 === '数') {
      let number = morpheme.surface;
      while (morphemes[i + 1]?.pos1 === '数') number += (morphemes[++i] as Morpheme).surface;
      const counter = morphemes[i + 1];
      // IPADIC makes 月 in 12月 a common noun, not a counter: a time all the same.
      const isTime = counter !== undefined && timeCounters.has(counter.base) && (counter.pos1 === '接尾' || counter.base === '月');
      tags.push(`${isTime ? 'time' : 'number'}:${number}${counter?.pos1 === '接尾' || isTime ? counter?.surface : ''}`);
    } else if (timeNouns.test(morpheme.base)) {
      tags.push(`time:${termOf(morpheme)}`);
    }
  }
  return tags;
}
