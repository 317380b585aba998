/**
 * A katakana word the articles spell another way (ラヴロフ for ラブロフ,
 * クアラルンプル for クアラルンプール): a Japanese question's katakana word that no
 * article uses takes the corpus's katakana words that sound the same
 * (transliterate.ts: the same consonant skeleton, vowels one edit apart) as its
 * spellings, rather than refusing the question for a word the articles lack.
 * The corpus's katakana words are listed once per index, at the first
 * question that needs them.
 */
import type { Analyzer } from '../analysis/analyzer.ts';
import type { PassageIndex } from '../engine/passage-index.ts';
import type { TokenTable } from '../engine/token-table.ts';
import type { AnalyzedQuestion } from './question.ts';
import { katakanaWord, soundsSame, type KatakanaWord } from './transliterate.ts';

type IndexWithTokens = PassageIndex & { readonly tokens: TokenTable };

const katakanaName = /^[\p{Script=Katakana}ー・]{3,}$/u;
const katakanaTerm = /^[\p{Script=Katakana}ー・]{2,}$/u;
/** At most this many spellings for one name: more would be guesses. */
const keptVariants = 2;

const vocabularies = new WeakMap<IndexWithTokens, readonly KatakanaWord[]>();

export function withKatakanaVariants(question: AnalyzedQuestion, index: IndexWithTokens, analyzer: Analyzer): AnalyzedQuestion {
  const used = (spelling: string) => index.documentFrequency('term', spelling) > 0;
  const unknown = question.keyTerms.filter((key) => katakanaName.test(key.term) && !key.equivalents.some(used));
  if (unknown.length === 0) return question;
  const words = corpusKatakana(index);
  const expansions = [...question.expansions];
  // The key terms are changed in place, as analyzeQuestion builds them: its pairs and holders hold the same objects.
  for (const key of unknown) {
    const asked = katakanaWord(key.term);
    const variants = words.filter((word) => soundsSame(asked, word)).slice(0, keptVariants).map(({ word }) => word);
    if (variants.length === 0) continue;
    const analyses = variants.map((variant) => analyzer.analyze(variant));
    expansions.push({
      from: key.term,
      terms: [...new Set(analyses.flatMap((analysis) => analysis.terms))].filter((term) => !question.terms.includes(term)),
      bigrams: [...new Set(analyses.flatMap((analysis) => analysis.bigrams))].filter((gram) => !question.bigrams.includes(gram)),
    });
    key.equivalents = [...key.equivalents, ...variants];
  }
  return { ...question, expansions };
}

/** The katakana terms the articles use (ラブロフ, セルゲイ・ラブロフ), once per index: English names are matched against them too. */
export function corpusKatakana(index: IndexWithTokens): readonly KatakanaWord[] {
  let words = vocabularies.get(index);
  if (!words) {
    words = index.tokens.all().filter((token) => katakanaTerm.test(token) && index.documentFrequency('term', token) > 0).map(katakanaWord);
    vocabularies.set(index, words);
  }
  return words;
}
