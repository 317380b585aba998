/**
 * An English question through the Japanese question analysis: translated
 * (translate-english.ts), analysed like a Japanese question, then given
 * back its English face: its own text and language, key terms shown by the
 * English words they translate, and the English words nothing matched kept
 * as key terms the articles never use, so the judge weighs them as it
 * weighs unknown Japanese words and a refusal names them.
 */
import type { Analyzer } from '../analysis/analyzer.ts';
import { createSynonymTable, type SynonymTable } from '../analysis/synonyms.ts';
import type { EnglishLexicon } from './english-lexicon.ts';
import { analyzeQuestion, type AnalyzedQuestion, type KeyTerm } from './question.ts';
import { translateEnglish, type EnglishTranslation } from './translate-english.ts';

export interface EnglishQuestion {
  analyzed: AnalyzedQuestion;
  translation: EnglishTranslation;
}

export function analyzeEnglishQuestion(text: string, analyzer: Analyzer, synonyms: SynonymTable, lexicon: EnglishLexicon): EnglishQuestion {
  const translation = translateEnglish(text, lexicon, (latin) => synonyms.equivalents(latin).length > 1);
  const analyzed = analyzeQuestion(translation.japanese, analyzer, withGroups(synonyms, createSynonymTable(translation.groups)));
  const englishOf = (key: KeyTerm) =>
    translation.english.get(key.term) ?? [...translation.english].find(([spelling]) => spelling.includes(key.term) || key.term.includes(spelling))?.[1];
  const keyTerms = analyzed.keyTerms.map((key) => {
    key.surface = englishOf(key) ?? key.surface;
    if (translation.predicates.has(key.term)) key.noun = false;
    return key;
  });
  for (const { word, name, verb } of translation.unmatched) {
    const term = word.toLowerCase();
    if (keyTerms.some((key) => key.term === term)) continue;
    // Without Japanese there is no IPADIC cost: a name counts as unusual, a verb as ordinary, other words between.
    keyTerms.push({ term, surface: word, noun: !verb, exact: name, quantity: null, equivalents: [term], rarity: name ? 1 : verb ? 0.3 : 0.6 });
  }
  return { analyzed: { ...analyzed, text, language: 'en', keyTerms }, translation };
}

/** Both tables' groups: the corpus's synonyms and the translation's spellings. */
function withGroups(base: SynonymTable, extra: SynonymTable): SynonymTable {
  return {
    alternativesIn: (normalized) => [...base.alternativesIn(normalized), ...extra.alternativesIn(normalized)],
    equivalents: (spelling) => [...new Set([...base.equivalents(spelling), ...extra.equivalents(spelling)])],
    paraphrases: (term) => base.paraphrases(term),
  };
}
