/**
 * Whether a text states the quantity a question asks for (何歳, 何か国,
 * いくら): a number, with the counter asked for when there is one.
 */
import { durationCounter } from '../question/question.ts';

const digits = '[0-9一二三四五六七八九十百千万億兆数何]';

/** A length of time (約4時間半, 30年間, 3日間, 半年, 45日以内, 4年ぶり, 17年連続), never a date (7月10日) or a year (2025年). */
const lengthOfTime =
  /(?:(?<![0-9])[0-9]+(?:[.,][0-9]+)?|[一二三四五六七八九十百数]+)\s*(?:時間|分間|日間|週間|[かカヵケヶ]月|年間|年半|世紀)|半年|半日|(?<![0-9月])[0-9]+\s*(?:年|日|[かカヵケヶ]月|分)(?:間|以内|以上|程度|前後|ほど|余り|近く|後|ぶり|にわた|連続)/u;
/** Asked how long (何日かかる), a few days or years written bare count too (35日から23日に縮まる). */
const bareLength = /(?<![0-9月])[0-9]{1,2}\s*[年日](?![0-9度月目])/u;
/** A sum in a currency written in katakana (30フローリン, 5万リンギット), not a measure (480万キロワット, 500メートル). */
const katakanaMoney =
  /(?<![A-Za-z0-9])[0-9]+(?:[.,][0-9]+)?\s*[万億兆]?(?!キロ|メートル|センチ|ミリ|トン|ワット|メガ|ギガ|バレル|グラム|リットル|ヘクタール|パーセント|ポイント|カロリー)[\p{Script=Katakana}ー]{3,}/u;

/** Any number, for a question that names no counter (not a date's or a time's). */
const anyArabic = /(?<![a-z0-9])[0-9]+(?:[.,][0-9]+)?(?![0-9]|\s*[年月日時])/u;
/** A kanji numeral, only with a counter. */
const anyKanji = /[一二三四五六七八九十百千万億兆数]+(?:つ|人|回|件|個|倍|割|位|番|度|歳|[かカヵケヶ]国|万|億|兆|円|ドル)/u;

/** Whether the text states a quantity, with the asked-for counter when there is one (3か国, 41歳). */
export function holdsCount(text: string, counter: string): boolean {
  if (counter === durationCounter) return lengthOfTime.test(text) || bareLength.test(text);
  // Any count will do, but not a date or a name (いくら is not answered by 2025年7月18日 or G20),
  // and kanji numerals only with a counter (三つ, 十数人), not inside words (一致, 統一).
  if (counter === '') return anyArabic.test(text) || anyKanji.test(text) || lengthOfTime.test(text);
  // か国 is also written カ国, ヵ国, ケ国; a percentage as %, パーセント or 割; money in any currency,
  // a katakana one too (30フローリン, 5万リンギット), though not a measure (480万キロワット) or a name after a
  // Latin letter's digit (G7サミット); 万 or 億 alone is a count of anything (1万9,000本).
  const money = counter === '円' || counter === 'ドル';
  if (money && katakanaMoney.test(text)) return true;
  return counterPattern(counter, money).test(text);
}

/**
 * The number-and-counter expression for a counter, made once per counter: it was compiled anew for
 * each sentence of each candidate (a question with a counter tests every sentence of its 30).
 * Without the g or y flag, so a kept expression holds no state between tests. Bounded: the kept
 * ones are dropped whole past a few hundred counters (questions name a few dozen in practice).
 */
const counterPatterns = new Map<string, RegExp>();
const keptCounterPatterns = 256;

function counterPattern(counter: string, money: boolean): RegExp {
  let pattern = counterPatterns.get(counter);
  if (pattern === undefined) {
    const sameCounter =
      counter === 'パーセント' || counter === '%'
        ? '(?:%|パーセント|割)'
        : money
          ? '(?:円|ドル|ユーロ|元|ルーブル|ポンド|ウォン|ルピー)'
          : counter.replace(/[かカヵケヶ]/gu, '[かカヵケヶ]');
    pattern = new RegExp(`${digits}\\s*${sameCounter}`, 'u');
    if (counterPatterns.size >= keptCounterPatterns) counterPatterns.clear();
    counterPatterns.set(counter, pattern);
  }
  return pattern;
}
