/**
 * Deciding not to answer. The articles answer a question only when
 * - every name and number it asks about (北朝鮮, 2024年) occurs in them,
 * - it asks what the articles say, not what kiji thinks (…と思いますか),
 * - the words they never use carry less than half the question's weight,
 * - the best passage holds enough of the question's key terms,
 * - it relates a name and an office as the question does (南アフリカの外相),
 * - its article has the names and numbers asked about, and
 * - a question asking for a count (何歳, 何か国) finds one in the passage quoted.
 * A passage that merely shares a common word (中国, 会談) is noise, not an answer.
 */
import { charBigrams } from '../analysis/analyzer.ts';
import type { PassageIndex } from '../engine/passage-index.ts';
import type { AnalyzedQuestion, KeyTerm } from '../question/question.ts';
import { idf, spellingKnown } from './coverage.ts';
import type { Texts } from './passage-texts.ts';
import type { RankedPassage } from './rank-passages.ts';

export const abstentionDefaults = {
  /** Minimum share of the question's key-term weight the best passage must hold. */
  minCoverage: 0.3,
  /** Share of weight held by words the articles never use that makes a question unanswerable. */
  maxUnknownShare: 0.5,
  /** Verbs and adjectives are paraphrased more than nouns: they weigh this much. */
  predicateWeight: 0.5,
  /** Most characters between A and B for a passage to say "A の B" (国連の安全保障理事会 has 1). */
  pairGap: 10,
  /** Passages searched for a spelling the analyzer may have cut differently. */
  candidatesChecked: 10,
};

export type Verdict =
  | { answerable: true; coverage: number }
  | { answerable: false; why: 'no_terms' | 'missing' | 'not_found' | 'opinion'; missingTerms: string[]; coverage: number };

/** Questions that ask what kiji itself thinks (…と思いますか): articles report, they do not answer that. */
const asksOpinion = /思いますか|どう思|思う[?？]?$|do you think/u;


export function judgeAnswerable(question: AnalyzedQuestion, ranked: readonly RankedPassage[], index: PassageIndex, texts: Texts): Verdict {
  const textOf = texts.passage;
  const keys = question.keyTerms;
  if (asksOpinion.test(question.normalized)) return { answerable: false, why: 'opinion', missingTerms: [], coverage: 0 };
  if (keys.length === 0) return { answerable: false, why: 'no_terms', missingTerms: [], coverage: 0 };

  const weightOf = (key: KeyTerm) => keyIdf(index, key) * (key.noun ? 1 : abstentionDefaults.predicateWeight);
  const total = keys.reduce((sum, key) => sum + weightOf(key), 0) || 1;
  // The bigram view ranks any passage holding a rare spelling near the top, so
  // a spelling absent from the best candidates is absent from the articles.
  const candidateTexts = ranked.slice(0, abstentionDefaults.candidatesChecked).map((passage) => textOf(passage.id));
  const known = (key: KeyTerm) =>
    key.equivalents.some((spelling) => index.documentFrequency('term', spelling) > 0 || candidateTexts.some((text) => text.includes(spelling)));

  const unknown = keys.filter((key) => !known(key));
  const unknownNouns = unknown.filter((key) => key.noun);
  const unknownShare = unknown.reduce((sum, key) => sum + weightOf(key), 0) / total;
  if (unknownNouns.some((key) => key.exact) || (unknownNouns.length > 0 && unknownShare >= abstentionDefaults.maxUnknownShare)) {
    return { answerable: false, why: 'missing', missingTerms: unknownNouns.map((key) => key.surface), coverage: 0 };
  }

  const best = ranked[0];
  if (!best) return { answerable: false, why: 'not_found', missingTerms: [], coverage: 0 };
  const terms = new Set([...best.analysis.title, ...best.analysis.heading, ...best.analysis.sentences.flatMap((sentence) => sentence.terms)]);
  const text = textOf(best.id);
  // Words the articles never use were judged above; coverage is over the words they do use.
  const knownKeys = keys.filter((key) => !unknown.includes(key));
  const knownTotal = knownKeys.reduce((sum, key) => sum + weightOf(key), 0) || 1;
  const covered = knownKeys.filter((key) => key.equivalents.some((spelling) => terms.has(spelling) || text.includes(spelling)));
  const coverage = covered.reduce((sum, key) => sum + weightOf(key), 0) / knownTotal;
  if (coverage < abstentionDefaults.minCoverage) return { answerable: false, why: 'not_found', missingTerms: [], coverage };
  // 「南アフリカの外相」 is not answered by 「南アフリカ・ヨハネスブルクで開かれているG20外相会合」,
  // unless the article is about 南アフリカ (its title is mostly that name): then every 外相 in it is.
  const title = texts.title(best.id);
  const about = (key: KeyTerm) => key.equivalents.some((spelling) => title.includes(spelling) && spelling.length >= title.length * 0.3);
  const unrelated = question.pairs.some(([a, b]) => !about(a) && related(texts.body(best.id), a, b) === false);
  // 誰 for 日本の外務大臣 needs a passage that speaks of that office at all.
  const officeAbsent = question.kind === 'person' && question.pairs.some(([, b]) => !b.equivalents.some((spelling) => texts.body(best.id).includes(spelling)));
  if (officeAbsent) return { answerable: false, why: 'not_found', missingTerms: [], coverage };
  if (unrelated) return { answerable: false, why: 'not_found', missingTerms: [], coverage };
  // A number asked about (2025年, 20%) must be stated in the passage quoted, not a neighbouring one.
  if (knownKeys.some((key) => key.quantity !== null && !text.includes(key.quantity))) {
    return { answerable: false, why: 'not_found', missingTerms: [], coverage };
  }
  // What カラス上級代表 said is not what another minister said at the same press conference:
  // the passage (or its heading) must name the office-holder asked about, or open by
  // referring back to them (同氏は).
  const [heading = '', ...body] = texts.body(best.id).split('\n');
  const named = (key: KeyTerm) => about(key) || key.equivalents.some((spelling) => heading.includes(spelling) || body.some((line) => line.includes(spelling)));
  if (question.holders.some((key) => !named(key)) && !referringOpening.test(body[0] ?? '')) {
    return { answerable: false, why: 'not_found', missingTerms: [], coverage };
  }
  // Names and numbers the question is about must all belong to the article
  // quoted: 北朝鮮 in one article and クアラルンプール in another is no answer.
  const article = texts.article(best.id);
  if (knownKeys.some((key) => key.exact && !key.equivalents.some((spelling) => article.includes(spelling)))) return { answerable: false, why: 'not_found', missingTerms: [], coverage };
  if (question.counter !== null && !holdsCount(text, question.counter)) {
    return { answerable: false, why: 'not_found', missingTerms: [], coverage };
  }
  return { answerable: true, coverage };
}

/**
 * How telling a key term is: the idf of its most common spelling the
 * articles use. A spelling the analyzer splits (国連安全保障理事会) has no
 * document frequency of its own; its rarest bigram stands in for it.
 */
function keyIdf(index: PassageIndex, key: KeyTerm): number {
  const known = key.equivalents.filter((spelling) => spellingKnown(index, spelling));
  if (known.length === 0) return idf(index, 'term', key.term);
  return Math.min(...known.map((spelling) => spellingIdf(index, spelling)));
}

function spellingIdf(index: PassageIndex, spelling: string): number {
  if (index.documentFrequency('term', spelling) > 0) return idf(index, 'term', spelling);
  return Math.max(...charBigrams(spelling).map((gram) => idf(index, 'bigram', gram)));
}

/**
 * Whether the text joins a and b as the question does (a before b, close):
 * null when the text lacks one of them (the article may supply it), else a
 * verdict.
 */
function related(text: string, a: KeyTerm, b: KeyTerm): boolean | null {
  const at = (key: KeyTerm) => key.equivalents.flatMap((spelling) => positions(text, spelling).map((start) => ({ start, end: start + spelling.length })));
  const as = at(a);
  const bs = at(b);
  if (as.length === 0 || bs.length === 0) return null;
  return as.some((x) => bs.some((y) => y.start >= x.end && y.start - x.end <= abstentionDefaults.pairGap));
}

function positions(text: string, spelling: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(spelling); at !== -1; at = text.indexOf(spelling, at + 1)) found.push(at);
  return found;
}

/** A passage that opens by pointing back at a person named just before it. */
const referringOpening = /^(?:同氏|彼|彼女|同外相|同首相|同大統領|同代表|同長官|同議長)/u;

const digits = '[0-9一二三四五六七八九十百千万億兆数何]';

/** Whether the text states a quantity, with the asked-for counter when there is one (3か国, 41歳). */
function holdsCount(text: string, counter: string): boolean {
  // Any count will do, but not a date or a name (いくら is not answered by 2025年7月18日 or G20),
  // and kanji numerals only with a counter (三つ, 十数人), not inside words (一致, 統一).
  if (counter === '') {
    const arabic = /(?<![a-z0-9])[0-9]+(?:[.,][0-9]+)?(?![0-9]|\s*[年月日時])/u;
    const kanji = /[一二三四五六七八九十百千万億兆数]+(?:つ|人|回|件|個|倍|割|位|番|度|歳|[かカヵケヶ]国|万|億|兆|円|ドル)/u;
    return arabic.test(text) || kanji.test(text);
  }
  // か国 is also written カ国, ヵ国, ケ国; a percentage as %, パーセント or 割; money in any currency.
  const sameCounter =
    counter === 'パーセント' || counter === '%'
      ? '(?:%|パーセント|割)'
      : counter === '円' || counter === 'ドル'
        ? '(?:円|ドル|ユーロ|元|ルーブル|ポンド|ウォン|ルピー|億|兆|万)'
        : counter.replace(/[かカヵケヶ]/gu, '[かカヵケヶ]');
  return new RegExp(`${digits}\\s*${sameCounter}`, 'u').test(text);
}
