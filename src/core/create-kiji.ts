/**
 * Assembles the core: tokenizer, corpus, synonyms and index behind the Kiji
 * interface. The only place that knows how the pieces fit.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCorpus } from '../corpus/load-corpus.ts';
import { QuestionError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { createAnalyzer, type Analyzer } from './analyzer.ts';
import type { Answer } from './answer.ts';
import { createArticleTexts } from './article-text.ts';
import { answerQuestion } from './answer-question.ts';
import { answerDefaults } from './compose-answer.ts';
import { maxQuestionLength, type Kiji, type ReloadReport } from './kiji.ts';
import { analyzeQuestion } from './question.ts';
import { buildSearchState, summarize, type SearchState } from './search-state.ts';
import { createSynonymTable, defaultSynonyms, parseSynonyms, type SynonymTable } from './synonyms.ts';
import { loadTokenizer } from './tokenizer.ts';

export interface CreateKijiOptions {
  corpusDir: string;
  logger: Logger;
}

export async function createKiji(options: CreateKijiOptions): Promise<Kiji> {
  const logger = options.logger;
  const analyzer = createAnalyzer(await loadTokenizer());
  let loaded = await load(options.corpusDir, analyzer, logger);

  return {
    async ask(question, askOptions = {}) {
      return answer(question, askOptions.top ?? answerDefaults.top, loaded, analyzer);
    },
    sources: () => summarize(loaded.state),
    problems: () => [...loaded.problems],
    async reload(): Promise<ReloadReport> {
      const started = performance.now();
      const before = new Set(loaded.state.articles.map((article) => article.id));
      const next = await load(options.corpusDir, analyzer, logger);
      const after = new Set(next.state.articles.map((article) => article.id));
      loaded = next;
      return {
        articles: after.size,
        passages: next.state.index.passageCount,
        added: [...after].filter((id) => !before.has(id)).length,
        changed: 0,
        removed: [...before].filter((id) => !after.has(id)).length,
        problems: next.problems,
        seconds: (performance.now() - started) / 1000,
      };
    },
    async close() {},
  };
}

interface Loaded {
  state: SearchState;
  synonyms: SynonymTable;
  problems: string[];
}

async function load(corpusDir: string, analyzer: Analyzer, logger: Logger): Promise<Loaded> {
  const corpus = await loadCorpus(corpusDir);
  const problems = corpus.problems.map((problem) => problem.message);
  const { groups, problems: synonymProblems } = await readUserSynonyms(corpusDir);
  problems.push(...synonymProblems);
  for (const problem of problems) logger.warn(`skipped: ${problem}`);
  const state = buildSearchState(corpus.articles, analyzer);
  logger.info('corpus loaded', { articles: corpus.articles.length, passages: state.index.passageCount, skipped: problems.length });
  return { state, synonyms: createSynonymTable([...defaultSynonyms, ...groups]), problems };
}

async function readUserSynonyms(corpusDir: string): Promise<{ groups: string[][]; problems: string[] }> {
  const text = await readFile(join(corpusDir, 'synonyms.txt'), 'utf8').catch(() => null);
  if (text === null) return { groups: [], problems: [] };
  const parsed = parseSynonyms(text);
  return { groups: parsed.groups, problems: parsed.problems.map(({ line, message }) => `synonyms.txt:${line}: ${message}`) };
}

/** Control characters are dropped (they only ever arrive by accident or malice); the rest is asked as written. */
export function cleanQuestion(question: string): string {
  return question.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/gu, ' ').trim();
}

function answer(raw: string, top: number, loaded: Loaded, analyzer: Analyzer): Answer {
  const question = cleanQuestion(raw);
  if (question === '') throw new QuestionError('empty', maxQuestionLength);
  if (question.length > maxQuestionLength) throw new QuestionError('too_long', maxQuestionLength);
  const { state, synonyms } = loaded;
  const analyzed = analyzeQuestion(question, analyzer, synonyms);
  return answerQuestion(analyzed, { index: state.index, sources: state.sources, articleText: articleTextOf(state) }, Math.max(1, top));
}

const articleTexts = new WeakMap<SearchState, (passageId: string) => string>();

/** One article-text cache per search state, dropped with it on reload. */
function articleTextOf(state: SearchState): (passageId: string) => string {
  let texts = articleTexts.get(state);
  if (!texts) {
    texts = createArticleTexts(state.sources);
    articleTexts.set(state, texts);
  }
  return texts;
}
