/**
 * Assembles the core: tokenizer, corpus, synonyms and index behind the Kiji
 * interface. The only place that knows how the pieces fit.
 */
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { QuestionError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { createAnalyzer, type Analyzer } from './analysis/analyzer.ts';
import type { Answer } from './answer.ts';
import { createArticleTexts } from './answer/article-text.ts';
import { answerQuestion } from './answer/answer-question.ts';
import type { Ranker } from './answer/ranker.ts';
import { answerDefaults } from './answer/compose-answer.ts';
import { maxQuestionLength, type Kiji, type ReloadReport } from './kiji.ts';
import { analyzeQuestion } from './question/question.ts';
import { openIndex, refreshIndex, type CorpusIndexOptions, type IndexProgress, type IndexRun } from './build/corpus-index.ts';
import { problemsOf, summarize, type SearchState } from './build/search-state.ts';
import { createSynonymTable, defaultSynonyms, parseSynonyms, type SynonymTable } from './analysis/synonyms.ts';
import { loadTokenizer } from './analysis/tokenizer.ts';
import { watchCorpus, type Watcher } from './build/watch-corpus.ts';

export interface CreateKijiOptions {
  corpusDir: string;
  logger: Logger;
  /** Folder of the persisted index (config's cacheDir); null or absent: build in memory at every start. */
  cacheDir?: string | null;
  /** Reload by itself when article files change (debounced). Off by default. */
  watch?: boolean | { debounceMs?: number };
  /** Threads for tokenising large batches (default: every core); small ones stay on this thread. */
  threads?: number;
  /** Ranker weights other than the shipped ones (the eval scores JSQuAD with each fold's held-out weights). */
  ranker?: Ranker;
  /** Progress of long builds, for a progress bar. */
  onProgress?: (progress: IndexProgress) => void;
}

export async function createKiji(options: CreateKijiOptions): Promise<Kiji> {
  const logger = options.logger;
  // kuromoji loads (~1 s) while the cache is read; questions need it either way.
  const analyzerLoad = loadTokenizer().then(createAnalyzer);
  analyzerLoad.catch(() => {});
  const indexOptions: CorpusIndexOptions = {
    corpusDir: options.corpusDir,
    cacheDir: options.cacheDir ?? null,
    threads: options.threads ?? availableParallelism(),
    logger,
    analyzer: () => analyzerLoad,
    onProgress: options.onProgress,
  };
  const opened = await openIndex(indexOptions);
  const analyzer = await analyzerLoad;
  let loaded = await settle(opened, options.corpusDir, logger);
  logger.info('corpus loaded', {
    articles: loaded.state.articles.length,
    passages: loaded.state.index.passageCount,
    skipped: loaded.problems.length,
    from: opened.cache.loadedFrom ? 'cache' : 'articles',
    analyzed: opened.added + opened.changed,
    cacheLoadSeconds: opened.cache.loadSeconds === null ? null : round(opened.cache.loadSeconds),
    seconds: round(opened.seconds),
  });

  // One reload at a time; a request during a reload runs after it, against the files as they are then.
  let reloads: Promise<unknown> = Promise.resolve();
  const reload = (): Promise<ReloadReport> => {
    const run = reloads.then(async () => {
      try {
        const refreshed = await refreshIndex(loaded.state, indexOptions);
        // The swap: one assignment, between questions (each is answered synchronously from one state).
        loaded = await settle(refreshed, options.corpusDir, logger);
        const report: ReloadReport = {
          articles: loaded.state.articles.length,
          passages: loaded.state.index.passageCount,
          added: refreshed.added,
          changed: refreshed.changed,
          removed: refreshed.removed,
          problems: loaded.problems,
          seconds: refreshed.seconds,
        };
        if (report.added + report.changed + report.removed > 0) logger.info('corpus reloaded', { ...report, problems: report.problems.length, seconds: round(report.seconds) });
        return report;
      } catch (error) {
        logger.error('reload failed; still answering from the previous index', { error });
        throw error;
      }
    });
    reloads = run.catch(() => {});
    return run;
  };

  const watch = options.watch;
  const watcher: Watcher | null = watch
    ? watchCorpus(options.corpusDir, {
        logger,
        debounceMs: typeof watch === 'object' ? watch.debounceMs : undefined,
        onChange: () => void reload().catch(() => {}),
      })
    : null;

  return {
    async ask(question, askOptions = {}) {
      return answer(question, askOptions.top ?? answerDefaults.top, loaded, analyzer, options.ranker);
    },
    sources: () => summarize(loaded.state),
    problems: () => [...loaded.problems],
    reload,
    async close() {
      watcher?.close();
      await reloads;
    },
  };
}

interface Loaded {
  state: SearchState;
  synonyms: SynonymTable;
  problems: string[];
}

/** The state with this moment's synonyms.txt; each refused file or synonym line is logged. */
async function settle(run: IndexRun, corpusDir: string, logger: Logger): Promise<Loaded> {
  const { groups, problems: synonymProblems } = await readUserSynonyms(corpusDir);
  const problems = [...problemsOf(run.state), ...synonymProblems];
  for (const problem of problems) logger.warn(`skipped: ${problem}`);
  return { state: run.state, synonyms: createSynonymTable([...defaultSynonyms, ...groups], (spelling) => run.state.index.documentFrequency('term', spelling) > 0), problems };
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
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

function answer(raw: string, top: number, loaded: Loaded, analyzer: Analyzer, ranker: Ranker | undefined): Answer {
  const question = cleanQuestion(raw);
  if (question === '') throw new QuestionError('empty', maxQuestionLength);
  if (question.length > maxQuestionLength) throw new QuestionError('too_long', maxQuestionLength);
  const { state, synonyms } = loaded;
  const analyzed = analyzeQuestion(question, analyzer, synonyms);
  return answerQuestion(analyzed, { index: state.index, sources: state.sources, articleText: articleTextOf(state), ranker }, Math.max(1, top));
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
