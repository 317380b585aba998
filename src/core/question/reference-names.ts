/**
 * Names learnt from the articles themselves: each article's English
 * `Reference(s):` title is a translation of its Japanese title, so once the
 * dictionary and transliteration have explained what they can (China ↔ 中国,
 * Lavrov ↔ ラブロフ, G20 ↔ G20), a single English name left over on one side
 * and a single unexplained name on the other are the same name
 * ("Wang Yi, Lavrov discuss … at G20 meeting" ↔ 「G20外相会合で王毅氏と
 * ラブロフ氏が会談…」: Wang Yi ↔ 王毅). Pairs two articles disagree on are dropped.
 * A pinyin name (explained by pinyin-names.ts) and Latin the Japanese title
 * writes as it is (G20) are explained too, and a name learnt in one title
 * explains it in the others, which may leave one pair there in turn.
 */
import type { Analyzer } from '../analysis/analyzer.ts';
import { normalizeText } from '../analysis/normalize.ts';
import type { EnglishDictionary } from '../analysis/english-dictionary.ts';
import type { Morpheme } from '../analysis/tokenizer.ts';
import { matchKatakana, katakanaWord, soundsLike } from './transliterate.ts';
import { wordForms } from './english-words.ts';

export interface TitlePair {
  title: string;
  reference: string | null;
}

const katakana = /^[\p{Script=Katakana}ー]{2,}$/u;
const acronym = /^(?:\p{Lu}{2,}|\p{L}*\p{N}[\p{L}\p{N}]*)$/u;
const katakanaRun = /^[\p{Script=Katakana}ー]+$/u;

/**
 * Explains an English name run the dictionary does not (Wang Yi → 王毅 by pinyin, Kishida → 岸田 by
 * IPADIC's readings): the spellings it may stand for, none when unexplained.
 */
export type ExplainName = (run: string) => readonly string[];

/** Rounds of learning: a name learnt from one title explains it in another, leaving one pair there. */
const rounds = 3;

/**
 * English name (lower case) → its Japanese spelling; each word of a name of several words that is no
 * word of another (Chiang Kai-shek: chiang, kai-shek) stands for it too, since a question may give the surname alone.
 */
export function referenceNames(articles: readonly TitlePair[], analyzer: Analyzer, dictionary: EnglishDictionary, explain: ExplainName = () => []): Map<string, string> {
  // Each title's English runs and Japanese name units the dictionary, sound and `explain` leave unexplained.
  const pairs: { english: string[]; japanese: string[] }[] = [];
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
      // Latin the Japanese title writes as it is (G20, ASEAN) explains itself.
      if (acronym.test(run) && normalizeText(title).includes(normalizeText(run))) continue;
      // A spelling explained (王毅, ソロモン諸島) explains the unit that holds it or that it holds (王毅外相, ソロモン).
      const explained = japanese.filter((unit) => [...explain(run), ...translated].some((spelling) => spelling.length >= 2 && (spelling.includes(unit) || unit.includes(spelling))));
      for (const unit of [...translated, ...sounded, ...same, ...explained]) words.delete(unit);
      if (translated.length + sounded.length + same.length + explained.length === 0) leftEnglish.push(phrase);
    }
    pairs.push({ english: leftEnglish, japanese: [...words].filter((unit) => !dictionary.knows(unit) && !/^[a-z0-9]+$/u.test(unit)) });
  }
  const names = new Map<string, string>();
  for (let round = 0; round < rounds; round += 1) {
    const votes = new Map<string, Set<string>>();
    for (const pair of pairs) {
      // What earlier rounds learnt is explained on both sides.
      const english = pair.english.filter((phrase) => !names.has(phrase));
      const japanese = pair.japanese.filter((unit) => ![...names.values()].includes(unit));
      const [only] = english;
      const [name] = japanese;
      if (english.length === 1 && japanese.length === 1 && only !== undefined && name !== undefined) votes.set(only, (votes.get(only) ?? new Set()).add(name));
      else {
        // More left on either side: a katakana name that one English name alone sounds like, loosely, and that one no other.
        const kana = japanese.filter((unit) => katakana.test(unit)).map(katakanaWord);
        for (const unit of kana) {
          const like = english.filter((phrase) => soundsLike(phrase, unit));
          const [phrase] = like;
          if (like.length === 1 && phrase !== undefined && kana.filter((other) => soundsLike(phrase, other)).length === 1) votes.set(phrase, (votes.get(phrase) ?? new Set()).add(unit.word));
        }
      }
    }
    let learnt = false;
    for (const [english, spellings] of votes) {
      const [only] = spellings;
      if (spellings.size === 1 && only !== undefined && !names.has(english)) {
        names.set(english, only);
        learnt = true;
      }
    }
    if (!learnt) break;
  }
  const byWord = new Map<string, Set<string>>();
  for (const [english, spelling] of names) {
    const words = english.split(' ');
    if (words.length > 1) for (const word of words.filter((part) => part.length >= 3 && !acronym.test(part))) byWord.set(word, (byWord.get(word) ?? new Set()).add(spelling));
  }
  for (const [word, spellings] of byWord) {
    const [only] = spellings;
    if (spellings.size === 1 && only !== undefined && !names.has(word) && !dictionary.lookup(word)) names.set(word, only);
  }
  return names;
}

/**
 * Runs of capitalised words (Wang Yi, China, G20); punctuation and hyphens end a run, except a hyphen
 * before a lower-case syllable, which joins it to its word (Kai-shek, Ching-te: one name word, as a question tokenises it).
 */
export function capitalisedRuns(english: string): string[] {
  const runs: string[] = [];
  for (const chunk of english.replace(/(?<=\p{Lu}\p{Ll}*)-(?=\p{Ll})/gu, '\u2010').split(/[^\p{L}\p{N}'\u2010 ]+/u).map((part) => part.replace(/\u2010/gu, '-'))) {
    let run: string[] = [];
    for (const word of chunk.split(' ')) {
      if (/^(?:\p{Lu}[\p{L}'-]*|\p{Lu}*\p{N}+\p{Lu}*\p{N}*)$/u.test(word) && /\p{Lu}/u.test(word)) run.push(word);
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
 * A Title Case run (Lavrov Discuss Strengthening China, Prime Minister Manele) is cut at the phrases
 * the dictionary translates, longest first, unless it translates the whole run (Kuala Lumpur); English
 * words it knows but the corpus does not write (minister) are dropped, names being what is left.
 */
function splitKnown(run: string, dictionary: EnglishDictionary): string[] {
  // A hyphen before an English word is no syllable's (China-led): the word ends there.
  const common = (word: string) => wordForms(word).some((form) => dictionary.isCommonWord(form) || dictionary.lookup(form) !== undefined);
  const words = run.split(' ').map((word) => word.replace(/-(\p{Ll}+)$/u, (hyphened, tail: string) => (common(tail) ? '' : hyphened)));
  if (words.length === 1 || dictionary.lookup(words.join(' ').toLowerCase())) return [words.join(' ')];
  const parts: string[] = [];
  let current: string[] = [];
  for (let at = 0; at < words.length; ) {
    const length = [3, 2].find((size) => at + size <= words.length && dictionary.lookup(words.slice(at, at + size).join(' ').toLowerCase())) ?? 1;
    const phrase = words.slice(at, at + length).join(' ');
    const word = phrase.toLowerCase();
    // An acronym or a word with digits (G20, SCO) is a name of its own, never part of a person's or a place's.
    if (length > 1 || dictionary.lookup(word) || common(word) || acronym.test(phrase)) {
      if (current.length > 0) parts.push(current.join(' '));
      if (length > 1 || dictionary.lookup(word) || acronym.test(phrase)) parts.push(phrase);
      current = [];
    } else current.push(phrase);
    at += length;
  }
  if (current.length > 0) parts.push(current.join(' '));
  return parts;
}

/** Proper nouns, whole (王 + 毅 → 王毅), and katakana nouns (ラブロフ), in normal form. */
function nameUnits(morphemes: readonly Morpheme[]): string[] {
  const units: string[] = [];
  let run = '';
  const flush = () => {
    // One katakana letter is no name (the ロ of ロシア産 kuromoji may leave).
    if (run !== '' && !(run.length < 2 && katakanaRun.test(run))) units.push(normalizeText(run));
    run = '';
  };
  for (const { surface, pos, pos1 } of morphemes) {
    const proper = pos === '名詞' && pos1 === '固有名詞';
    const kana = katakanaRun.test(surface);
    const kanaSoFar = run !== '' && katakanaRun.test(run);
    // Proper nouns of one script join (王 + 毅); a katakana name keeps the one letter kuromoji cuts off it (マネ + レ).
    if ((proper && (run === '' || kana === kanaSoFar)) || (kana && kanaSoFar && surface.length === 1)) {
      run += surface;
      continue;
    }
    flush();
    if (proper || (kana && pos === '名詞')) run = surface;
  }
  flush();
  return [...new Set(units)];
}
