/**
 * An English question through the Japanese question analysis: translated
 * (translate-english.ts), analysed like a Japanese question, then given
 * back its English face: its own text and language, key terms shown by the
 * English words they translate, and the English words nothing matched kept
 * as key terms the articles never use, so the judge weighs them as it
 * weighs unknown Japanese words and a refusal names them.
 */
import { isContent, type Analyzer } from '../analysis/analyzer.ts';
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
  const terms = new Set(analyzed.terms);
  const bigrams = new Set(analyzed.bigrams);
  for (const { word, name, verb, japanese } of translation.unmatched) {
    const term = word.toLowerCase();
    if (keyTerms.some((key) => key.term === term)) continue;
    // A common word is weighed as the Japanese EDICT spells it would be in a Japanese question (キャプテン: a noun,
    // IPADIC's cost for its rarity; 探検: a verbal noun, paraphrased), and dropped where that is no content word
    // (together: 一緒に). Without Japanese there is no IPADIC cost: a name counts as unusual, a verb as ordinary, other words between.
    // Its last word decides what it is (代弁者: 者 makes a noun of 代弁; フラれる: a verb), as a Japanese compound's head does.
    const morphemes = japanese === undefined ? [] : analyzer.morphemes(japanese);
    const content = morphemes.filter(isContent);
    const head = morphemes.filter((morpheme) => ['名詞', '動詞', '形容詞'].includes(morpheme.pos)).pop();
    if (japanese !== undefined && (content.length === 0 || head === undefined)) continue;
    const noun = !verb && (head === undefined || (head.pos === '名詞' && head.pos1 !== 'サ変接続'));
    const rarity = name ? 1 : content.length > 0 ? Math.max(...content.map((morpheme) => morpheme.rarity ?? 1)) : verb ? 0.3 : 0.6;
    keyTerms.push({ term, surface: word, noun, exact: name, quantity: null, equivalents: [term], rarity });
    // A noun is searched for too, as a Japanese noun no article uses is (船長: a term and a bigram no passage holds):
    // the ranker's coverage then counts it missing from every passage, where left out it saw a question fully
    // covered. Not a verb, whose Japanese would share bigrams with the articles' other forms of it (支払う, 支払い)
    // where the English shares none (searched, pay refused an english-dev2 question).
    if (!noun) continue;
    const analysis = analyzer.analyze(word);
    for (const part of analysis.terms) terms.add(part);
    for (const gram of analysis.bigrams) bigrams.add(gram);
  }
  return { analyzed: { ...analyzed, text, language: 'en', keyTerms, terms: [...terms], bigrams: [...bigrams] }, translation };
}

/** Both tables' groups: the corpus's synonyms and the translation's spellings. */
function withGroups(base: SynonymTable, extra: SynonymTable): SynonymTable {
  return {
    alternativesIn: (normalized) => [...base.alternativesIn(normalized), ...extra.alternativesIn(normalized)],
    equivalents: (spelling) => [...new Set([...base.equivalents(spelling), ...extra.equivalents(spelling)])],
    paraphrases: (term) => base.paraphrases(term),
  };
}
