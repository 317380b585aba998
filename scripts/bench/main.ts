/**
 * `npm run bench [-- --sizes 1000,10000] [--large] [--quick] [--questions 500] [--dir DIR] [--plot FILE]`
 *
 * For each corpus size N (1,000 and 10,000 articles; 100,000 with --large):
 * generates the synthetic corpus, builds the index on one thread and on all,
 * starts a bot process from the cache and from the articles (cold start to
 * the first answer), times at least 500 questions, and tokenises the same
 * sentences with kuromoji and with MeCab. Prints a table and one JSON line
 * per N. Every measurement runs in a fresh process: peak RSS is per process.
 * --quick skips the one-thread build and the start without a cache (the two
 * slowest parts), for repeated runs. Results are kept per size in
 * DIR/results.json (a later run of a size replaces its entry), and the
 * figure of latency and memory against size is drawn from them into
 * DIR/kiji-bench.svg, or FILE.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundledCorpusDir } from '../../src/config.ts';
import { listArticleFiles } from '../../src/corpus/list-article-files.ts';
import { readArticleFile } from '../../src/corpus/read-article-file.ts';
import { toPassages } from '../../src/corpus/to-passages.ts';
import { benchQuestions } from './questions.ts';
import { benchSvg } from './plot.ts';
import { printResults, type BenchResult } from './report.ts';
import { writeSyntheticCorpus } from './write-corpus.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    large: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    plot: { type: 'string' },
    questions: { type: 'string', default: '500' },
    dir: { type: 'string', default: join(tmpdir(), 'kiji-bench') },
    'sample-chars': { type: 'string', default: '2000000' },
  },
});
const sizes = values.sizes.split(',').map(Number).concat(values.large ? [100_000] : []);
const questionCount = Math.max(500, Number(values.questions));
const threads = availableParallelism();

for (const articles of sizes) {
  const corpusDir = join(values.dir, `corpus-${articles}`);
  process.stderr.write(`\n[bench] ${articles.toLocaleString('en')} articles: generating the corpus in ${corpusDir}\n`);
  const pool = await writeSyntheticCorpus(corpusDir, articles, bundledCorpusDir);
  const questionsFile = join(values.dir, `questions-${articles}.json`);
  await writeFile(questionsFile, JSON.stringify(benchQuestions(pool, articles, questionCount)));
  const load = loadavg()[0] ?? 0;

  const oneThreadCache = join(values.dir, `cache-1t-${articles}`);
  if (!values.quick) process.stderr.write('[bench] building on one thread\n');
  const oneThread = values.quick ? null : await child('run-build.ts', ['--corpus', corpusDir, '--cache', oneThreadCache, '--threads', '1']);
  // Not read again: 100,000 articles' worth need not stay on disk twice.
  await rm(oneThreadCache, { recursive: true, force: true });
  process.stderr.write(`[bench] building on ${threads} threads\n`);
  const cacheDir = join(values.dir, `cache-${articles}`);
  const allThreads = await child('run-build.ts', ['--corpus', corpusDir, '--cache', cacheDir, '--threads', String(threads)]);

  process.stderr.write('[bench] cold start from the cache, then the questions\n');
  const warm = await timedStart(['--corpus', corpusDir, '--cache', cacheDir, '--questions', questionsFile]);
  // The key covers the indexing code: an edit to it during the bench would turn this into a rebuild.
  if (warm.report.from !== 'cache') throw new Error('the bot process did not start from the cache built just before (did the indexing code change mid-run?); run the bench again');
  if (!values.quick) process.stderr.write('[bench] cold start from the articles\n');
  const cold = values.quick ? null : await timedStart(['--corpus', corpusDir, '--cache', 'none', '--questions', questionsFile, '--latency', 'no']);

  process.stderr.write('[bench] tokenising the same sentences with kuromoji and MeCab\n');
  const textFile = join(values.dir, `sentences-${articles}.txt`);
  const sampleChars = await writeSentences(corpusDir, textFile, Number(values['sample-chars']));
  const kuromoji = await child('run-tokenize.ts', ['--text', textFile]);
  const mecab = runMecab(textFile, sampleChars);

  const result: BenchResult = {
    articles,
    passages: num(allThreads.passages),
    chars: num(allThreads.chars),
    build: [
      ...(oneThread ? [{ threads: 1, seconds: num(oneThread.seconds), peakRssMb: num(oneThread.peakRssMb) }] : []),
      { threads: num(allThreads.threads), seconds: num(allThreads.seconds), peakRssMb: num(allThreads.peakRssMb) },
    ],
    cacheBytes: num(allThreads.cacheBytes),
    cacheLoadSeconds: num(warm.report.cacheLoadSeconds),
    coldStartMs: warm.firstAnswerMs,
    coldStartNoCacheMs: cold ? cold.firstAnswerMs : null,
    noCachePeakRssMb: cold ? num(cold.report.peakRssMb) : null,
    query: { questions: num(warm.report.questions), p50: num(warm.report.p50), p95: num(warm.report.p95), p99: num(warm.report.p99) },
    servePeakRssMb: num(warm.report.peakRssMb),
    tokenize: { sampleChars, kuromoji: num(kuromoji.charsPerSecond), mecab },
    loadAverage: load,
    cores: threads,
  };
  printResults(result);
  await keepResult(result);
}

/** Replaces this size's entry in DIR/results.json and redraws the figure from all entries. */
async function keepResult(result: BenchResult): Promise<void> {
  const file = join(values.dir, 'results.json');
  const kept = JSON.parse(await readFile(file, 'utf8').catch(() => '[]')) as BenchResult[];
  const results = [...kept.filter((entry) => entry.articles !== result.articles), result];
  await writeFile(file, `${JSON.stringify(results, null, 1)}\n`);
  const plot = values.plot ?? join(values.dir, 'kiji-bench.svg');
  await writeFile(plot, benchSvg(results));
  process.stderr.write(`[bench] figure of ${results.length} size(s) written to ${plot}\n`);
}

function num(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`bench child reported ${JSON.stringify(value)} where a number belongs`);
  return value;
}

/** Children run as the npm scripts run kiji: compiled (see bin/run-compiled.mjs), so their start and memory are a bot's. */
function nodeArgs(script: string, args: string[]): string[] {
  return [join(import.meta.dirname, '../../bin/run-compiled.mjs'), join(import.meta.dirname, script), ...args];
}

async function child(script: string, args: string[]): Promise<Record<string, unknown>> {
  const { lines } = await run(script, args);
  const last = lines.at(-1);
  if (!last) throw new Error(`${script} printed nothing`);
  return JSON.parse(last) as Record<string, unknown>;
}

/** Spawns the serving child and times it from spawn to its "first-answer" line. */
async function timedStart(args: string[]): Promise<{ firstAnswerMs: number; report: Record<string, unknown> }> {
  const { lines, firstLineMs } = await run('run-serve.ts', args);
  if (lines[0] !== 'first-answer' || firstLineMs === null) throw new Error(`run-serve.ts did not answer: ${lines.join('\n')}`);
  return { firstAnswerMs: firstLineMs, report: JSON.parse(lines.at(-1) ?? '{}') as Record<string, unknown> };
}

function run(script: string, args: string[]): Promise<{ lines: string[]; firstLineMs: number | null }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let firstLineMs: number | null = null;
    let out = '';
    const proc = spawn(process.execPath, nodeArgs(script, args), { stdio: ['ignore', 'pipe', 'inherit'] });
    proc.stdout.setEncoding('utf8');
    proc.stdout.on('data', (chunk: string) => {
      if (firstLineMs === null && (out + chunk).includes('\n')) firstLineMs = performance.now() - started;
      out += chunk;
    });
    proc.on('error', reject);
    proc.on('close', (code) => {
      if (code !== 0) reject(new Error(`${script} exited with ${code}`));
      else resolve({ lines: out.split('\n').filter((line) => line !== ''), firstLineMs });
    });
  });
}

/** The corpus's sentences, one a line, up to `limit` characters: the text both tokenisers read. */
async function writeSentences(corpusDir: string, file: string, limit: number): Promise<number> {
  const lines: string[] = [];
  let chars = 0;
  for (const path of await listArticleFiles(corpusDir)) {
    const { article } = await readArticleFile(corpusDir, path);
    if (!article) continue;
    for (const passage of toPassages(article)) {
      for (const sentence of passage.sentences) {
        lines.push(sentence);
        chars += sentence.length;
      }
    }
    if (chars >= limit) break;
  }
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, `${lines.join('\n')}\n`);
  return chars;
}

/** MeCab (IPADIC) over the same file; null with a note when it is not installed. */
function runMecab(file: string, chars: number): number | null {
  const probe = spawnSync('mecab', ['-v'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    process.stderr.write('[bench] MeCab not found (apt-get install mecab mecab-ipadic-utf8): its row is skipped\n');
    return null;
  }
  const started = performance.now();
  const result = spawnSync('mecab', [file, '-o', '/dev/null'], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) {
    process.stderr.write(`[bench] MeCab failed (${result.stderr.trim()}): its row is skipped\n`);
    return null;
  }
  return chars / seconds;
}
