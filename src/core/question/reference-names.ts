/**
 * Names learnt from the articles themselves: each article's English
 * `Reference(s):` title is a translation of its Japanese title, so once the
 * dictionary and transliteration have explained what they can (China ↔ 中国,
 * Lavrov ↔ ラブロフ, G20 ↔ G20), a single English name left over on one side
 * and a single unexplained name on the other are the same name
 * ("Wang Yi, Lavrov discuss … at G20 meeting" ↔ 「G20外相会合で王毅氏と
 * ラブロフ氏が会談…」: Wang Yi ↔ 王毅). Pairs two articles disagree on are dropped.
 */
import type { Analyzer } from '../analysis/analyzer.ts';
import { normalizeText } from '../analysis/normalize.ts';
import type { EnglishDictionary } from '../analysis/english-dictionary.ts';
import type { Morpheme } from '../analysis/tokenizer.ts';
import { matchKatakana, katakanaWord } from './transliterate.ts';

export interface TitlePair {
  title: string;
  reference: string | null;
}

const katakana = /^[\p{Script=Katakana}ー]{2,}$/u;

/** English name (lower case) → its Japanese spelling. */
export function referenceNames(articles: readonly TitlePair[], analyzer: Analyzer, dictionary: EnglishDictionary): Map<string, string> {
  const votes = new Map<string, Set<string>>();
  for (const { title, reference } of articles) {
    if (reference === null) continue;
    const japanese = nameUnits(analyzer.morphemes(title));
    const words = new Set(japanese);
    const leftEnglish: string[] = [];
    for (const run of capitalisedRuns(reference).flatMap((run) => splitKnown(run, dictionary))) {
      const phrase = run.toLowerCase();
      const translated = dictionary.lookup(phrase) ?? [];
      const sounded = matchKatakana(run, japanese.filter((unit) => katakana.test(unit)).map(katakanaWord));
      const same = japanese.filter((unit) => unit === normalizeText(run).replace(/\s+/gu, ''));
      for (const unit of [...translated, ...sounded, ...same]) words.delete(unit);
      if (translated.length + sounded.length + same.length === 0) leftEnglish.push(phrase);
    }
    const leftJapanese = [...words].filter((unit) => !dictionary.knows(unit) && !/^[a-z0-9]+$/u.test(unit));
    const [english] = leftEnglish;
    const [name] = leftJapanese;
    if (leftEnglish.length === 1 && leftJapanese.length === 1 && english !== undefined && name !== undefined) {
      const seen = votes.get(english) ?? new Set();
      votes.set(english, seen.add(name));
    }
  }
  const names = new Map<string, string>();
  for (const [english, spellings] of votes) {
    const [only] = spellings;
    if (spellings.size === 1 && only !== undefined) names.set(english, only);
  }
  return names;
}

/** Runs of capitalised words (Wang Yi, China, G20); punctuation and hyphens end a run. */
export function capitalisedRuns(english: string): string[] {
  const runs: string[] = [];
  for (const chunk of english.split(/[^\p{L}\p{N}' ]+/u)) {
    let run: string[] = [];
    for (const word of chunk.split(' ')) {
      if (/^(?:\p{Lu}[\p{L}']*|\p{Lu}*\p{N}+\p{Lu}*\p{N}*)$/u.test(word) && /\p{Lu}/u.test(word)) run.push(word);
      else {
        if (run.length > 0) runs.push(run.join(' '));
        run = [];
      }
    }
    if (run.length > 0) runs.push(run.join(' '));
  }
  return runs;
}

/**
 * A Title Case run (Lavrov Discuss Strengthening China) is cut at the words
 * the dictionary knows, unless it knows the whole run (Kuala Lumpur).
 */
function splitKnown(run: string, dictionary: EnglishDictionary): string[] {
  const words = run.split(' ');
  if (words.length === 1 || dictionary.lookup(run.toLowerCase())) return [run];
  const parts: string[] = [];
  let current: string[] = [];
  for (const word of words) {
    if (dictionary.lookup(word.toLowerCase())) {
      if (current.length > 0) parts.push(current.join(' '));
      parts.push(word);
      current = [];
    } else current.push(word);
  }
  if (current.length > 0) parts.push(current.join(' '));
  return parts;
}

/** Proper nouns, whole (王 + 毅 → 王毅), and katakana nouns (ラブロフ), in normal form. */
function nameUnits(morphemes: readonly Morpheme[]): string[] {
  const units: string[] = [];
  let run = '';
  for (const morpheme of morphemes) {
    if (morpheme.pos === '名詞' && morpheme.pos1 === '固有名詞') {
      run += morpheme.surface;
      continue;
    }
    if (run !== '') units.push(normalizeText(run));
    run = '';
    if (morpheme.pos === '名詞' && katakana.test(morpheme.surface)) units.push(normalizeText(morpheme.surface));
  }
  if (run !== '') units.push(normalizeText(run));
  return [...new Set(units)];
}
