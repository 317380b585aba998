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
import { answerabilityFeatures } from '../../src/core/answer/answerability.ts';
import { findingsOf, refusedOutright } from '../../src/core/answer/judge-answerable.ts';
import { rankSearched } from '../../src/core/answer/answer-question.ts';
import { combineCorpora } from '../eval/combined-corpus.ts';
import { loadQuestionSet } from '../eval/question-set.ts';
import { openCorpus, questionAnalyzer } from './open-corpus.ts';
import type { Ranker } from '../../src/core/answer/ranker.ts';

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

export async function examplesOver(corpusDir: string, source: string, questions: readonly { id: string; q: string; group: string; answerable: boolean }[], ranker?: Ranker): Promise<Example[]> {
  const corpus = await openCorpus(corpusDir);
  const { state, positionOf, texts: textsFor } = corpus;
  const analyze = await questionAnalyzer(corpus, questions.map((question) => question.q));
  return questions.map((question) => {
    const analyzed = analyze(question.q);
    const texts = textsFor();
    const { ranked, searched } = rankSearched(analyzed, state.index, texts, { positionOf, ranker });
    const findings = findingsOf(analyzed, ranked, state.index, texts, searched);
    const outright = refusedOutright(analyzed, findings) !== null;
    return { id: question.id, source, group: question.group, features: answerabilityFeatures(analyzed, findings), answerable: question.answerable, outright };
  });
}

/** A folder with copies of some of the articles in `dir`. */
export async function subsetCorpus(dir: string, files: readonly string[]): Promise<{ dir: string; remove(): Promise<void> }> {
  const subset = await mkdtemp(join(tmpdir(), 'kiji-fit-'));
  for (const file of files) await copyFile(join(dir, file), join(subset, file));
  return { dir: subset, remove: () => rm(subset, { recursive: true, force: true }) };
}

export async function newsExamples(name: string, setPath: string, corpusDirs: readonly string[], ranker?: Ranker): Promise<Example[]> {
  const questions = (await loadQuestionSet(setPath)).map((question) => ({
    id: question.id,
    q: question.q,
    // Folds hold out whole sets: each is one writer's questions about one batch of
    // articles, and a new writer is what the threshold must hold up for (by article,
    // the held-out figures flattered: 2.3 % answerable refused in CV, 7–13 % on sets
    // written later).
    group: name,
    answerable: question.answerable,
  }));
  const corpus = await combineCorpora(corpusDirs);
  try {
    return await examplesOver(corpus.dir, name, questions, ranker);
  } finally {
    await corpus.remove();
  }
}
