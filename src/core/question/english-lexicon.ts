/**
 * What an English question is translated with, for one loaded corpus: the
 * dictionary cut down to the Japanese the corpus uses, the names learnt
 * from the articles' English reference titles, the corpus's katakana
 * words for transliteration and its kanji for pinyin names. Built when the
 * first English question arrives, once per index state (a reload builds it
 * again on demand).
 */
import type { PassageSource } from '../../corpus/article.ts';
import type { Analyzer } from '../analysis/analyzer.ts';
import { loadWordReadings } from '../analysis/tokenizer.ts';
import { loadEnglishDictionary, type EnglishDictionary } from '../analysis/english-dictionary.ts';
import { paraphrasesOf } from '../analysis/thesaurus.ts';
import type { PassageIndex } from '../engine/passage-index.ts';
import type { TokenTable } from '../engine/token-table.ts';
import { referenceNames, type TitlePair } from './reference-names.ts';
import { createBigramPassages, createSpellingPassages, type SpellingPassages } from './spelling-passages.ts';
import { corpusKatakana } from './katakana-variants.ts';
import { katakanaWord, type KatakanaWord } from './transliterate.ts';
import { titleStarts, withTitles } from './offices.ts';
import { createPinyinNames, type PinyinNames } from './pinyin-names.ts';
import { loadCantonese } from './cantonese.ts';
import { createJapaneseNames, type JapaneseNames } from './japanese-names.ts';
import { readingGlosses } from './reading-glosses.ts';
import { createDictionaryNames, type DictionaryNames } from './dictionary-names.ts';

export interface EnglishLexicon {
  dictionary: EnglishDictionary;
  /** English name (lower case) → Japanese spelling, from the reference titles. */
  names: ReadonlyMap<string, string>;
  /** The corpus's katakana words, for transliterated names, and the readings it glosses kanji names with. */
  katakana: readonly KatakanaWord[];
  /** The kanji name a katakana reading glosses (キム・ジョンウン → 金正恩), if the articles give one. */
  glossed(katakana: string): string | undefined;
  /** Whether the corpus uses this (normalised) Latin or Japanese word as a term. */
  usesTerm(term: string): boolean;
  /** Whether the corpus writes this lower-case Latin word (asean; g20, which the bigram view keeps whole). */
  usesLatin(word: string): boolean;
  /** Chinese names in pinyin (Li Qiang) → the corpus's kanji spellings (李強). */
  chineseNames: PinyinNames;
  /** Japanese names in Hepburn (Kishida) → the corpus's kanji spellings read so (岸田). */
  japaneseNames: JapaneseNames;
  /** Proper names from ENAMDICT (riyadh → リヤード) the corpus writes, read at the first name the others leave unexplained. */
  dictionaryNames: DictionaryNames;
  /** How many passages write every bigram of a spelling (a compound written out: 外務省, 総会). */
  writtenIn(spelling: string): number;
  /** The passages that use a Japanese spelling, for choosing between translations. */
  passagesOf: SpellingPassages;
  passageCount(): number;
}

export interface LexiconSource {
  index: PassageIndex & { readonly tokens: TokenTable };
  articles: readonly TitlePair[];
  sources: ReadonlyMap<string, PassageSource>;
}

const compound = /^(?=(?:.*\p{Script=Han}){2})[\p{Script=Han}\p{Script=Katakana}ー]{3,8}$/u;
const kanjiPair = /^\p{Script=Han}{2}$/u;

/** Whether the corpus writes this lower-case Latin word: as a term (asean), or whole in the bigram view (g20, which it keeps so). */
export function writesLatin(index: PassageIndex, word: string): boolean {
  return index.documentFrequency('term', word) > 0 || index.documentFrequency('bigram', word) > 0;
}

export async function buildEnglishLexicon(source: LexiconSource, analyzer: Analyzer, dictionaryPath?: string): Promise<EnglishLexicon> {
  const { index } = source;
  const usesTerm = (term: string) => index.documentFrequency('term', term) > 0;
  // A compound kuromoji splits (上海協力機構) is no term of its own: its bigrams all being in the corpus is the test
  // (with two kanji at least: katakana bigrams are everywhere, so a katakana word must be a term).
  // The table's spellings are already in normal form.
  // Two kanji kuromoji reads as prefix + noun (大国 → 大 + 国) are one bigram, which is test enough.
  const uses = (spelling: string) =>
    usesTerm(spelling) || (spelling.length >= 2 && spelling.length <= 8 && (compound.test(spelling) || kanjiPair.test(spelling)) && bigramsUsed(spelling));
  const bigramsUsed = (spelling: string) => {
    for (let at = 0; at + 1 < spelling.length; at += 1) if (index.documentFrequency('bigram', spelling.slice(at, at + 2)) === 0) return false;
    return true;
  };
  const siblings = threeKanjiSiblings(textsOf(source.sources));
  const dictionary = await loadEnglishDictionary(uses, dictionaryPath, (spelling) => index.documentFrequency('term', spelling), (spelling) => paraphrasesOf(spelling, () => true), siblings);
  // セルゲイ・ラブロフ is one term; Sergei and Lavrov are asked about one by one too.
  const words = corpusKatakana(index).map(({ word }) => word);
  const parts = words.flatMap((word) => (word.includes('・') ? word.split('・') : [])).filter((part) => part.length >= 2);
  const glosses = readingGlosses(textsOf(source.sources));
  const katakana = [...new Set([...words, ...parts, ...glosses.keys()])].map(katakanaWord);
  const usesLatin = (word: string) => writesLatin(index, word);
  const passagesOf = createSpellingPassages(index, analyzer);
  const bigramPassages = createBigramPassages(index);
  const textOf = (id: string) => source.sources.get(id)?.passage.sentences.join('\n') ?? '';
  // pinyin-pro (MIT, no dependencies, reads Japanese kanji forms) is loaded here, not at start-up.
  const { pinyin } = await import('pinyin-pro');
  const chineseNames = createPinyinNames(
    {
      tokens: () => index.tokens.all(),
      bigramUsed: (pair) => index.documentFrequency('bigram', pair) > 0,
      passages: (spelling) => passagesOf(spelling).size,
      common: (spelling) => dictionary.knows(spelling),
      // A passage writing the name and its title side by side, among those holding all their bigrams.
      titled: (name) => withTitles(name, (spelling) => bigramsUsed(spelling) && [...bigramPassages(spelling)].some((id) => startsName(textOf(id), spelling))),
      beforeTitle: (kanji) => [...titleStarts].some((start) => index.documentFrequency('bigram', `${kanji}${start}`) > 0),
    },
    (kanji) => pinyin(kanji, { multiple: true, toneType: 'none', type: 'array' }),
    // Cantonese readings, read from disk at the first name pinyin cannot spell.
    loadCantonese(),
  );
  // IPADIC's entries (kuromoji is loaded by now): the corpus's words are read at the first Japanese name asked about, not here.
  const readings = await loadWordReadings();
  const japaneseNames = createJapaneseNames({
    terms: () => index.tokens.all().filter((token) => usesTerm(token)),
    readings,
    passages: (spelling) => passagesOf(spelling).size,
  });
  const dictionaryNames = createDictionaryNames({ uses, katakana, passages: (spelling) => passagesOf(spelling).size });
  // A pinyin name the titles give (Wang Yi ↔ 王毅) leaves the other pair of a title to be learnt.
  const names = referenceNames(source.articles, analyzer, dictionary, (run) => chineseNames(run.split(' ')));
  return { dictionary, names, katakana, glossed: (word) => glosses.get(word), usesTerm, usesLatin, chineseNames, japaneseNames, dictionaryNames, writtenIn: (spelling) => bigramPassages(spelling).size, passagesOf, passageCount: () => index.passageCount };
}

/**
 * The corpus's compounds of three kanji (a run of three, or the ends of a longer run: 開幕式 of 「…」の開幕式が),
 * by their first and last kanji: a spelling's others with the same ends (開会式 → 開幕式).
 */
function threeKanjiSiblings(texts: Iterable<string>): (spelling: string) => readonly string[] {
  const byEnds = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const [run] of text.matchAll(/\p{Script=Han}{3,}/gu)) {
      for (const compound of new Set([run.slice(0, 3), run.slice(-3)])) {
        const ends = `${compound[0]}${compound[2]}`;
        const known = byEnds.get(ends);
        if (known) known.add(compound);
        else byEnds.set(ends, new Set([compound]));
      }
    }
  }
  return (spelling) => [...(byEnds.get(`${spelling[0]}${spelling[2]}`) ?? [])].filter((other) => other !== spelling);
}

/** Each passage's text, one at a time. */
function* textsOf(sources: ReadonlyMap<string, PassageSource>): Iterable<string> {
  for (const { passage } of sources.values()) yield passage.sentences.join('\n');
}

/** Whether the text has the spelling where a name begins: not after another kanji (平国家主席 inside 習近平国家主席). */
function startsName(text: string, spelling: string): boolean {
  for (let at = text.indexOf(spelling); at !== -1; at = text.indexOf(spelling, at + 1)) if (at === 0 || !/\p{Script=Han}/u.test(text[at - 1] as string)) return true;
  return false;
}
