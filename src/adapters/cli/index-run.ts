/**
 * `npm run index -- [--corpus DIR] [--cache DIR] [--threads N]`: builds or
 * refreshes the persisted index and says what it did (articles, passages,
 * characters, seconds), with a progress bar on long runs. Streams and
 * environment are passed in. Exit code 0 done, 1 failed, 2 usage error.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { loadCoreConfig, type Env } from '../../config.ts';
import { buildIndex, type BuildIndexReport } from '../../core/index.ts';
import { createStreamLogger } from '../../logger.ts';
import { reportStartupFailure } from '../shared/startup-failure.ts';
import { createProgressBar, type ProgressTarget } from './index-progress.ts';

export const indexUsage = `usage: npm run index -- [--corpus DIR] [--cache DIR] [--threads N]

  --corpus DIR   the articles to index (overrides KIJI_CORPUS_DIR)
  --cache DIR    where the index is kept (overrides KIJI_CACHE_DIR; default .cache/kiji)
  --threads N    tokenising threads for large batches (default: every core, here ${availableParallelism()})
  -h, --help     show this help`;

export interface IndexIo {
  stdout: { write(text: string): unknown };
  stderr: ProgressTarget;
  env: Env;
  now?: () => number;
}

export async function runIndex(argv: string[], io: IndexIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: { corpus: { type: 'string' }, cache: { type: 'string' }, threads: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    }));
  } catch (error) {
    io.stderr.write(`kiji index: ${error instanceof Error ? error.message : String(error)}\n${indexUsage}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${indexUsage}\n`);
    return 0;
  }
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1)) {
    io.stderr.write(`kiji index: --threads must be a whole number of at least 1\n`);
    return 2;
  }

  const bar = createProgressBar(io.stderr, io.now);
  try {
    const env = { ...io.env, ...(values.corpus ? { KIJI_CORPUS_DIR: values.corpus } : {}), ...(values.cache ? { KIJI_CACHE_DIR: values.cache, KIJI_NO_CACHE: '' } : {}) };
    const config = loadCoreConfig(env);
    if (config.cacheDir === null) {
      io.stderr.write('kiji index: KIJI_NO_CACHE is set, so there is nowhere to keep the index (unset it or pass --cache DIR)\n');
      return 2;
    }
    const logger = createStreamLogger({ level: io.env.KIJI_LOG_LEVEL ? config.logLevel : 'warn', prefix: 'kiji:index', write: (line) => io.stderr.write(`${line}\n`) });
    const report = await buildIndex({ corpusDir: config.corpusDir, cacheDir: config.cacheDir, threads, logger, onProgress: (progress) => bar.update(progress) });
    bar.finish();
    for (const problem of report.problems) io.stderr.write(`skipped: ${problem}\n`);
    io.stdout.write(summary(report));
    return 0;
  } catch (error) {
    bar.finish();
    return reportStartupFailure('kiji index', error, io.stderr, io.env);
  }
}

export function summary(report: BuildIndexReport): string {
  const what = `${count(report.articles)} articles, ${count(report.passages)} passages, ${millions(report.characters)} characters`;
  const cache = `  cache: ${report.cachePath} (${(report.cacheBytes / 1024 / 1024).toFixed(1)} MB)\n`;
  const analysed = report.added + report.changed;
  if (analysed + report.removed === 0) return `index up to date: ${what} (checked in ${seconds(report.seconds)})\n${cache}`;
  const speed = report.seconds > 0 ? `, ${millions(report.analyzedCharacters / report.seconds)} characters/s` : '';
  const rebuilt = report.rebuiltBecause ? `  rebuilt: ${report.rebuiltBecause}\n` : '';
  return (
    `indexed ${what} in ${seconds(report.seconds)}\n` +
    `  analysed ${count(analysed)} files on ${report.threads} thread${report.threads === 1 ? '' : 's'}${speed}: ` +
    `${count(report.added)} added, ${count(report.changed)} changed, ${count(report.removed)} removed, ${count(report.unchanged)} unchanged` +
    `${report.problems.length > 0 ? `, ${report.problems.length} skipped` : ''}\n${rebuilt}${cache}`
  );
}

const count = (value: number) => value.toLocaleString('en');
const millions = (value: number) => (value < 100_000 ? count(Math.round(value)) : `${(value / 1e6).toFixed(2)} M`);
const seconds = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)} s`;
