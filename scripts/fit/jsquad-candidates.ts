/**
 * JSQuAD questions through kiji's own first stage and feature code: for
 * each question, its candidates' feature rows, which of them lie in the
 * gold paragraph, and the first stage's order (the baseline to beat).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { createAnalyzer } from '../../src/core/analysis/analyzer.ts';
import { createSynonymTable, defaultSynonyms } from '../../src/core/analysis/synonyms.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { createArticleTexts } from '../../src/core/answer/article-text.ts';
import { passageTexts } from '../../src/core/answer/passage-texts.ts';
import { describeCandidates } from '../../src/core/answer/rank-passages.ts';
import { openIndex } from '../../src/core/build/corpus-index.ts';
import { analyzeQuestion } from '../../src/core/question/question.ts';
import { silentLogger } from '../../src/logger.ts';
import type { Group } from './listwise.ts';

const questionSchema = z.object({ id: z.string(), q: z.string(), file: z.string(), gold: z.string(), answers: z.array(z.string()) });

export interface JsquadGroup extends Group {
  id: string;
  /** The article the question was written on: folds are split by it. */
  file: string;
}

const squash = (text: string) => text.replace(/\s+/gu, '');

export async function jsquadCandidates(dir: string): Promise<JsquadGroup[]> {
  const lines = (await readFile(join(dir, 'questions.jsonl'), 'utf8')).split('\n').filter((line) => line.trim() !== '');
  const questions = lines.map((line) => questionSchema.parse(JSON.parse(line)));
  const analyzer = createAnalyzer(await loadTokenizer());
  const run = await openIndex({ corpusDir: join(dir, 'articles'), cacheDir: null, threads: 1, logger: silentLogger, analyzer: async () => analyzer });
  const { state } = run;
  const synonyms = createSynonymTable(defaultSynonyms);
  const articleText = createArticleTexts(state.sources);
  const positionOf = (id: string) => state.sources.get(id)?.passage.position ?? 0;
  return questions.map((question) => {
    const analyzed = analyzeQuestion(question.q, analyzer, synonyms);
    const texts = passageTexts(state.sources, articleText);
    const candidates = describeCandidates(analyzed, state.index, texts, { positionOf });
    const gold = squash(question.gold);
    return {
      id: question.id,
      file: question.file,
      rows: candidates.map((candidate) => candidate.features),
      gold: candidates.map((candidate) => gold.includes(squash(state.sources.get(candidate.id)?.passage.text ?? '\u0000'))),
    };
  });
}
