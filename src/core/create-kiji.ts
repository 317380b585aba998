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
import { answerQuestion } from './answer/answer-question.ts';
import type { Ranker } from './answer/ranker.ts';
import { defaultTop, maxQuestionLength, type Kiji, type ReloadReport } from './kiji.ts';
import { needsLexicon, readQuestion } from './question/read-question.ts';
import { buildEnglishLexicon, type EnglishLexicon } from './question/english-lexicon.ts';
import { reasons } from './answer/reasons.ts';
import { answerFollowUp } from './question/answer-follow-up.ts';
import { exampleQuestions, type ArticleHeadings } from './question/examples.ts';
import { openIndex, refreshIndex, type OpenIndexOptions, type IndexRun } from './build/open-index.ts';
import { problemsOf, summarize, type SearchState } from './build/search-state.ts';
import { createSynonymTable, defaultSynonyms, parseSynonyms, type SynonymTable } from './analysis/synonyms.ts';
import { loadThesaurus } from './analysis/thesaurus.ts';
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
}

export async function createKiji(options: CreateKijiOptions): Promise<Kiji> {
  const logger = options.logger;
  // kuromoji loads (~1 s) while the cache is read; questions need it either way.
  const analyzerLoad = loadTokenizer().then(createAnalyzer);
  analyzerLoad.catch(() => {});
  // Every first question reads the thesaurus; the reads of the index and the dictionary leave the thread idle for about that long.
  setImmediate(loadThesaurus);
  const indexOptions: OpenIndexOptions = {
    corpusDir: options.corpusDir,
    cacheDir: options.cacheDir ?? null,
    threads: options.threads ?? availableParallelism(),
    logger,
    analyzer: () => analyzerLoad,
  };
  const opened = await openIndex(indexOptions);
  const analyzer = await analyzerLoad;
  let loaded = await settle(opened, options.corpusDir, logger, []);
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
        loaded = await settle(refreshed, options.corpusDir, logger, loaded.problems);
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
      // The state the question started with answers it, even if a reload lands while the dictionary loads.
      const current = loaded;
      // The earlier questions too: a Japanese follow-up to an English question carries its names (Wang Yi).
      const asked = [question, ...(askOptions.context ?? [])].map(cleanQuestion);
      const lexicon = asked.some((text) => needsLexicon(text, current.state.index)) ? await englishLexiconOf(current.state, analyzer, logger) : null;
      const top = askOptions.top ?? defaultTop;
      return answerFollowUp(question, askOptions.context ?? [], (text) => answer(text, top, current, analyzer, lexicon, options.ranker), analyzer, current.synonyms);
    },
    async examples(limit = 4) {
      return exampleQuestions(headingsOf(loaded.state), (text) => answer(text, 1, loaded, analyzer, null, options.ranker), limit);
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

/**
 * The state with this moment's synonyms.txt. Each refused file or synonym
 * line is logged when it first appears, not again at every reload while it
 * stays as it was (`problems()` always lists them all).
 */
async function settle(run: IndexRun, corpusDir: string, logger: Logger, known: readonly string[]): Promise<Loaded> {
  const { groups, problems: synonymProblems } = await readUserSynonyms(corpusDir);
  const problems = [...problemsOf(run.state), ...synonymProblems];
  const seen = new Set(known);
  for (const problem of problems) if (!seen.has(problem)) logger.warn(`skipped: ${problem}`);
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
function cleanQuestion(question: string): string {
  return question.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/gu, ' ').trim();
}

function answer(raw: string, top: number, loaded: Loaded, analyzer: Analyzer, lexicon: EnglishLexicon | null, ranker: Ranker | undefined): Answer {
  const question = cleanQuestion(raw);
  if (question === '') throw new QuestionError('empty', maxQuestionLength);
  if (question.length > maxQuestionLength) throw new QuestionError('too_long', maxQuestionLength);
  const { state, synonyms } = loaded;
  const context = { index: state.index, sources: state.sources, ranker };
  const { analyzed, translation } = readQuestion(question, analyzer, synonyms, state.index, lexicon);
  const answered = answerQuestion(analyzed, context, Math.max(1, top));
  // A refusal that names nothing still says which English words found no Japanese counterpart.
  const unmatched = translation?.unmatched.map(({ word }) => word) ?? [];
  if (answered.answered || answered.missingTerms.length > 0 || unmatched.length === 0) return answered;
  return { ...answered, reason: `${answered.reason} ${reasons.en.unmatched(unmatched)}` };
}

const englishLexicons = new WeakMap<SearchState, Promise<EnglishLexicon>>();

/** The dictionary and names for this state, built at its first English question. */
function englishLexiconOf(state: SearchState, analyzer: Analyzer, logger: Logger): Promise<EnglishLexicon> {
  let lexicon = englishLexicons.get(state);
  if (!lexicon) {
    const started = performance.now();
    lexicon = buildEnglishLexicon(state, analyzer);
    englishLexicons.set(state, lexicon);
    lexicon.then(
      (built) =>
        logger.info('English dictionary loaded', {
          phrases: built.dictionary.phrases,
          names: built.names.size,
          katakana: built.katakana.length,
          seconds: round((performance.now() - started) / 1000),
        }),
      (error: unknown) => {
        englishLexicons.delete(state);
        logger.error('could not load the English dictionary', { error });
      },
    );
  }
  return lexicon;
}

/** Each article's title and section headings, in corpus order. */
function headingsOf(state: SearchState): ArticleHeadings[] {
  const articles = new Map<string, ArticleHeadings>();
  for (const { article, passage } of state.sources.values()) {
    let entry = articles.get(article.id);
    if (!entry) {
      entry = { title: article.title, headings: [] };
      articles.set(article.id, entry);
    }
    if (passage.heading !== null && !entry.headings.includes(passage.heading)) entry.headings.push(passage.heading);
  }
  return [...articles.values()];
}
