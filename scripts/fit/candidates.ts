/**
 * Training data for the ranker: questions through kiji's own first stage
 * and feature code. For each question, its candidates' feature rows, which
 * of them are right, and the first stage's order (the baseline to beat).
 * JSQuAD: right = inside the gold paragraph. Our news sets: right = from
 * the named article and holding an answer span.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { describeCandidates } from '../../src/core/answer/rank-passages.ts';
import type { PassageSource } from '../../src/corpus/article.ts';
import { combineCorpora } from '../eval/combined-corpus.ts';
import { containsAnswer, loadQuestionSet } from '../eval/question-set.ts';
import type { Group } from './listwise.ts';
import { openCorpus, questionAnalyzer } from './open-corpus.ts';

export interface LabelledGroup extends Group {
  id: string;
  /** The article the question was written on: folds are split by it. */
  article: string;
  /** Which data it comes from ('jsquad', or a news set's name). */
  source: string;
}

interface Asked {
  id: string;
  q: string;
  article: string;
  right: (source: PassageSource) => boolean;
}

async function candidatesOver(corpusDir: string, source: string, questions: readonly Asked[]): Promise<LabelledGroup[]> {
  const corpus = await openCorpus(corpusDir);
  const { state, positionOf, texts } = corpus;
  const analyze = await questionAnalyzer(corpus, questions.map((question) => question.q));
  return questions.map((question) => {
    const candidates = describeCandidates(analyze(question.q), state.index, texts(), { positionOf });
    return {
      id: question.id,
      article: question.article,
      source,
      rows: candidates.map((candidate) => candidate.features),
      gold: candidates.map((candidate) => {
        const found = state.sources.get(candidate.id);
        return found !== undefined && question.right(found);
      }),
    };
  });
}

const jsquadQuestion = z.object({ id: z.string(), q: z.string(), file: z.string(), gold: z.string(), answers: z.array(z.string()) });
const squash = (text: string) => text.replace(/\s+/gu, '');

export async function jsquadCandidates(dir: string): Promise<LabelledGroup[]> {
  const lines = (await readFile(join(dir, 'questions.jsonl'), 'utf8')).split('\n').filter((line) => line.trim() !== '');
  const questions = lines.map((line) => jsquadQuestion.parse(JSON.parse(line))).map((question): Asked => {
    const gold = squash(question.gold);
    return { id: question.id, q: question.q, article: question.file, right: ({ passage }) => gold.includes(squash(passage.text)) };
  });
  return candidatesOver(join(dir, 'articles'), 'jsquad', questions);
}

/** An answerable question of one of our sets, over the set's corpus folders. */
export async function newsCandidates(name: string, setPath: string, corpusDirs: readonly string[]): Promise<LabelledGroup[]> {
  const questions = (await loadQuestionSet(setPath))
    .filter((question) => question.answerable && question.article !== null)
    .map((question): Asked => ({
      id: question.id,
      q: question.q,
      article: question.article ?? '',
      right: ({ article, passage }) => article.id === question.article && containsAnswer(passage.text, question.answers),
    }));
  const corpus = await combineCorpora(corpusDirs);
  try {
    return await candidatesOver(corpus.dir, name, questions);
  } finally {
    await corpus.remove();
  }
}
