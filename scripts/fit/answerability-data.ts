/**
 * Training data for the answerability score: each question's features as
 * the judge sees them (answerability.ts), labelled answerable or not.
 * Negatives come free from JSQuAD: a question asked of the articles without
 * its own must be refused. Our news sets add near misses (every word in the
 * articles, the fact asked for absent).
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer, type Analyzer } from '../../src/core/analysis/analyzer.ts';
import { createSynonymTable, defaultSynonyms } from '../../src/core/analysis/synonyms.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { answerabilityFeatures } from '../../src/core/answer/answerability.ts';
import { createArticleTexts } from '../../src/core/answer/article-text.ts';
import { findingsOf, refusedOutright } from '../../src/core/answer/judge-answerable.ts';
import { passageTexts } from '../../src/core/answer/passage-texts.ts';
import { rankAbout } from '../../src/core/answer/answer-question.ts';
import { openIndex } from '../../src/core/build/open-index.ts';
import { analyzeQuestion } from '../../src/core/question/question.ts';
import { silentLogger } from '../../src/logger.ts';
import { combineCorpora } from '../eval/combined-corpus.ts';
import { loadQuestionSet } from '../eval/question-set.ts';

export interface Example {
  id: string;
  source: string;
  /** Folds are split by it. */
  group: string;
  features: Float64Array;
  answerable: boolean;
  /** The judge's outright refusals (opinion, no terms, a name the articles lack) are not the model's to learn. */
  outright: boolean;
}

let analyzerLoad: Promise<Analyzer> | undefined;

export async function examplesOver(corpusDir: string, source: string, questions: readonly { id: string; q: string; group: string; answerable: boolean }[]): Promise<Example[]> {
  analyzerLoad ??= loadTokenizer().then(createAnalyzer);
  const analyzer = await analyzerLoad;
  const { state } = await openIndex({ corpusDir, cacheDir: null, threads: 1, logger: silentLogger, analyzer: () => analyzerLoad as Promise<Analyzer> });
  const synonyms = createSynonymTable(defaultSynonyms, (spelling) => state.index.documentFrequency('term', spelling) > 0);
  const articleText = createArticleTexts(state.sources);
  const positionOf = (id: string) => state.sources.get(id)?.passage.position ?? 0;
  return questions.map((question) => {
    const analyzed = analyzeQuestion(question.q, analyzer, synonyms);
    const texts = passageTexts(state.sources, articleText);
    const ranked = rankAbout(analyzed, state.index, texts, { positionOf });
    const findings = findingsOf(analyzed, ranked, state.index, texts);
    const outright = analyzed.keyTerms.length === 0 || /思いますか|どう思|do you think/u.test(analyzed.normalized) || refusedOutright(findings) !== null;
    return { id: question.id, source, group: question.group, features: answerabilityFeatures(analyzed, findings), answerable: question.answerable, outright };
  });
}

/** A folder with copies of some of the articles in `dir`. */
export async function subsetCorpus(dir: string, files: readonly string[]): Promise<{ dir: string; remove(): Promise<void> }> {
  const subset = await mkdtemp(join(tmpdir(), 'kiji-fit-'));
  for (const file of files) await copyFile(join(dir, file), join(subset, file));
  return { dir: subset, remove: () => rm(subset, { recursive: true, force: true }) };
}

export async function newsExamples(name: string, setPath: string, corpusDirs: readonly string[]): Promise<Example[]> {
  const questions = (await loadQuestionSet(setPath)).map((question) => ({
    id: question.id,
    q: question.q,
    // Unanswerable questions have no article; each is its own group.
    group: `${name}/${question.article ?? question.id}`,
    answerable: question.answerable,
  }));
  const corpus = await combineCorpora(corpusDirs);
  try {
    return await examplesOver(corpus.dir, name, questions);
  } finally {
    await corpus.remove();
  }
}
