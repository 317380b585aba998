/**
 * A question as the core reads it: an English one translated first with the
 * corpus's lexicon (english-question.ts), a Japanese one analysed with the
 * corpus's spellings of its katakana words (katakana-variants.ts). The bots
 * and the fit read questions through this one door, so the weights are
 * fitted on the questions as they are answered.
 */
import type { Analyzer } from '../analysis/analyzer.ts';
import type { SynonymTable } from '../analysis/synonyms.ts';
import type { PassageIndex } from '../engine/passage-index.ts';
import type { TokenTable } from '../engine/token-table.ts';
import type { EnglishLexicon } from './english-lexicon.ts';
import { analyzeEnglishQuestion } from './english-question.ts';
import { withKatakanaVariants } from './katakana-variants.ts';
import { analyzeQuestion, type AnalyzedQuestion } from './question.ts';
import type { EnglishTranslation } from './translate-english.ts';

export interface ReadQuestion {
  analyzed: AnalyzedQuestion;
  /** How an English question was translated; null for a Japanese one. */
  translation: EnglishTranslation | null;
}

/** `lexicon`: the corpus's English lexicon for an English question, null for a Japanese one. */
export function readQuestion(
  text: string,
  analyzer: Analyzer,
  synonyms: SynonymTable,
  index: PassageIndex & { readonly tokens: TokenTable },
  lexicon: EnglishLexicon | null,
): ReadQuestion {
  if (lexicon !== null) return analyzeEnglishQuestion(text, analyzer, synonyms, lexicon);
  return { analyzed: withKatakanaVariants(analyzeQuestion(text, analyzer, synonyms), index, analyzer), translation: null };
}
