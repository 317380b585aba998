/**
 * Bench child: a bot's life in one process. Starts the core (from the cache,
 * or from the articles with --cache none), answers a first question and says
 * so at once (the parent times the cold start to that line), then answers
 * the latency questions one after another and reports percentiles.
 * `--passes N` asks them all N times over and keeps each question's fastest
 * time: on a machine shared with other work a preempted answer only ever
 * takes longer, so the fastest of a few is the answer's own cost. (Later
 * passes find the caches warmer, as a bot asked about the same articles
 * again would.) `--hash yes` also digests every answer given (SHA-1 of their JSON, in
 * order), so two versions of the code can be shown to answer the same.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createKiji } from '../../src/core/index.ts';
import type { Logger } from '../../src/logger.ts';
import { silentLogger } from '../../src/logger.ts';
import { arg, report } from './child.ts';

const cache = arg('cache');
const questions = JSON.parse(await readFile(arg('questions'), 'utf8')) as string[];
let loaded: Record<string, unknown> = {};
const logger: Logger = { ...silentLogger, info: (message, fields) => void (message === 'corpus loaded' && (loaded = fields ?? {})), child: () => logger };
const kiji = await createKiji({ corpusDir: arg('corpus'), cacheDir: cache === 'none' ? null : cache, logger });
await kiji.ask(questions[0] ?? '会談はどこで行われましたか');
process.stdout.write('first-answer\n');

const digest = arg('hash', 'no') === 'yes' ? createHash('sha1') : null;
let timings: number[] = [];
if (arg('latency', 'yes') === 'yes') {
  // A few to warm the JIT, as a running bot's would be; then every question is timed.
  for (const question of questions.slice(0, 20)) await kiji.ask(question);
  timings = questions.map(() => Infinity);
  for (let pass = 0; pass < Math.max(1, Number(arg('passes', '1'))); pass += 1) {
    for (const [i, question] of questions.entries()) {
      const started = performance.now();
      const answer = await kiji.ask(question);
      timings[i] = Math.min(timings[i] as number, performance.now() - started);
      digest?.update(`${JSON.stringify(answer)}\n`);
    }
  }
}
timings.sort((a, b) => a - b);
const percentile = (p: number) => (timings.length === 0 ? null : (timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))] ?? null));
report({ ...(digest ? { answersSha1: digest.digest('hex') } : {}), questions: timings.length, p50: percentile(50), p95: percentile(95), p99: percentile(99), cacheLoadSeconds: loaded.cacheLoadSeconds ?? null, from: loaded.from ?? null });
await kiji.close();
