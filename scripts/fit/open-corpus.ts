/**
 * A corpus folder opened the way the core answers from it (create-kiji.ts):
 * its index, its synonym table with the thesaurus filtered to the words it
 * uses, and each question's texts, for the fit scripts to run the core's
 * stages one by one. kuromoji is loaded once per process.
 */
import { createAnalyzer, type Analyzer } from '../../src/core/analysis/analyzer.ts';
import { createSynonymTable, defaultSynonyms, type SynonymTable } from '../../src/core/analysis/synonyms.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { passageTexts, type Texts } from '../../src/core/answer/passage-texts.ts';
import { openIndex } from '../../src/core/build/open-index.ts';
import type { SearchState } from '../../src/core/build/search-state.ts';
import { buildEnglishLexicon } from '../../src/core/question/english-lexicon.ts';
import type { AnalyzedQuestion } from '../../src/core/question/question.ts';
import { needsLexicon, readQuestion } from '../../src/core/question/read-question.ts';
import { silentLogger } from '../../src/logger.ts';

export interface OpenedCorpus {
  analyzer: Analyzer;
  state: SearchState;
  synonyms: SynonymTable;
  positionOf: (passageId: string) => number;
  /** Fresh per question: they remember what one question asked. */
  texts: () => Texts;
}

let analyzerLoad: Promise<Analyzer> | undefined;

/** `cacheDir`: a persisted index to start from (the benches' large corpora); none by default, as the fit builds small ones. */
export async function openCorpus(corpusDir: string, cacheDir: string | null = null): Promise<OpenedCorpus> {
  analyzerLoad ??= loadTokenizer().then(createAnalyzer);
  const analyzer = await analyzerLoad;
  const { state } = await openIndex({ corpusDir, cacheDir, threads: cacheDir === null ? 1 : 2, logger: silentLogger, analyzer: async () => analyzer });
  return {
    analyzer,
    state,
    synonyms: createSynonymTable(defaultSynonyms, (spelling) => state.index.documentFrequency('term', spelling) > 0),
    positionOf: (id) => state.sources.get(id)?.passage.position ?? 0,
    texts: () => passageTexts(state.sources),
  };
}

/** Questions read as the core reads them (read-question.ts): an English one translated first, with the corpus's lexicon. */
export async function questionAnalyzer(corpus: OpenedCorpus, questions: readonly string[]): Promise<(text: string) => AnalyzedQuestion> {
  const needs = (text: string) => needsLexicon(text, corpus.state.index);
  const lexicon = questions.some(needs) ? await buildEnglishLexicon(corpus.state, corpus.analyzer) : null;
  return (text) => readQuestion(text, corpus.analyzer, corpus.synonyms, corpus.state.index, needs(text) ? lexicon : null).analyzed;
}
