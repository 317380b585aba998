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
import { writesLatin, type EnglishLexicon } from './english-lexicon.ts';
import { analyzeEnglishQuestion } from './english-question.ts';
import { withKatakanaVariants } from './katakana-variants.ts';
import { analyzeQuestion, detectLanguage, type AnalyzedQuestion } from './question.ts';
import { translateEnglish, type EnglishTranslation } from './translate-english.ts';

export interface ReadQuestion {
  analyzed: AnalyzedQuestion;
  /** How an English question was translated; null for a Japanese one. */
  translation: EnglishTranslation | null;
}

/**
 * `lexicon`: the corpus's English lexicon, when needsLexicon says the question needs it; null otherwise.
 * An English question is translated; a Japanese one has its Latin names spelled as the articles write them.
 */
export function readQuestion(
  text: string,
  analyzer: Analyzer,
  synonyms: SynonymTable,
  index: PassageIndex & { readonly tokens: TokenTable },
  lexicon: EnglishLexicon | null,
): ReadQuestion {
  if (lexicon !== null && detectLanguage(text) === 'en') return analyzeEnglishQuestion(text, analyzer, synonyms, lexicon);
  const japanese = lexicon === null ? text : spellLatinNames(text, lexicon, synonyms, index);
  const analyzed = withKatakanaVariants(analyzeQuestion(japanese, analyzer, synonyms), index, analyzer);
  return { analyzed: { ...analyzed, text }, translation: null };
}

/**
 * Whether reading `text` needs the English lexicon: an English question, or a Japanese one
 * naming someone in Latin letters the articles never write (「Lavrovは何と言った？」; a Japanese
 * follow-up to an English question carries its names so: 「Wang Yi Lavrov それはいつ？」).
 */
export function needsLexicon(text: string, index: PassageIndex): boolean {
  return detectLanguage(text) === 'en' || unwrittenNames(text, index).length > 0;
}

/**
 * Runs of capitalised Latin words written like names (Wang Yi, Kuala Lumpur; kuromoji has no English
 * proper nouns), each word whole with its digits. Not all-capital abbreviations (WHO, COP30): articles
 * write those in Latin letters themselves, and EDICT would read them as words (who, cop).
 */
const latinNames = /(?<![A-Za-z0-9])[A-Z][a-z][A-Za-z0-9'’-]*(?:\s+[A-Z][a-z][A-Za-z0-9'’-]*)*(?![A-Za-z0-9])/gu;

function unwrittenNames(text: string, index: PassageIndex): string[] {
  return [...new Set(text.match(latinNames) ?? [])].filter((run) => run.split(/\s+/u).some((word) => !writesLatin(index, word.toLowerCase())));
}

/** Each unwritten Latin name replaced by its spelling in the articles, when the lexicon finds one for all of it. */
function spellLatinNames(text: string, lexicon: EnglishLexicon, synonyms: SynonymTable, index: PassageIndex): string {
  let spelled = text;
  for (const run of unwrittenNames(text, index)) {
    const translation = translateEnglish(run, lexicon, (latin) => synonyms.equivalents(latin).length > 1);
    const japanese = translation.japanese.replace(/[？?]$/u, '').replaceAll('、', ' ');
    if (translation.unmatched.length === 0 && !/[A-Za-z]/u.test(japanese) && japanese.trim() !== '') spelled = spelled.replaceAll(run, japanese);
  }
  return spelled;
}
