/**
 * Bench child: the index search alone, MaxScore against the exhaustive loop,
 * over the very queries the ranking sends while answering the bench
 * questions (recorded on the way), each query checked to return the same
 * hits, and the time each question spends in the rest of its answer.
 * With `--whole`, the queries are the questions' whole queries, before the
 * ranking leaves out tokens most passages hold (what a ranking without that
 * cut would ask).
 * `--corpus DIR --cache DIR --questions FILE [--rounds 5] [--whole yes]`
 */
import { readFile } from 'node:fs/promises';
import { createAnalyzer } from '../../src/core/analysis/analyzer.ts';
import { createSynonymTable, defaultSynonyms } from '../../src/core/analysis/synonyms.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { answerQuestion } from '../../src/core/answer/answer-question.ts';
import { rankingDefaults, toIndexQuery } from '../../src/core/answer/rank-passages.ts';
import { openIndex } from '../../src/core/build/open-index.ts';
import type { CompactIndex } from '../../src/core/engine/compact-index.ts';
import type { IndexQuery, PassageIndex } from '../../src/core/engine/passage-index.ts';
import { analyzeQuestion } from '../../src/core/question/question.ts';
import { silentLogger } from '../../src/logger.ts';
import { arg, report } from './child.ts';

const questions = JSON.parse(await readFile(arg('questions'), 'utf8')) as string[];
const rounds = Number(arg('rounds', '5'));
const analyzer = createAnalyzer(await loadTokenizer());
const opened = await openIndex({ corpusDir: arg('corpus'), cacheDir: arg('cache'), threads: 2, logger: silentLogger, analyzer: async () => analyzer });
const { index, sources } = opened.state;
// As create-kiji.ts builds it, thesaurus paraphrases included, so the answers timed are the product's.
const synonyms = createSynonymTable(defaultSynonyms, (spelling) => index.documentFrequency('term', spelling) > 0);

// Record the queries, and time whole answers with the default search.
const recorded: { query: IndexQuery; limit: number }[] = [];
const recording: PassageIndex = Object.assign(Object.create(index) as CompactIndex, {
  search(query: IndexQuery, limit: number) {
    recorded.push({ query, limit });
    return index.search(query, limit);
  },
});
const answerMs: number[] = [];
for (const question of questions) {
  const started = performance.now();
  const analyzed = analyzeQuestion(question, analyzer, synonyms);
  answerQuestion(analyzed, { index: recording, sources }, 3);
  answerMs.push(performance.now() - started);
  if (arg('whole', 'no') === 'yes') recorded.splice(-1, 1, { query: toIndexQuery(analyzed, index), limit: rankingDefaults.candidates });
}

const mismatches = recorded.filter(({ query, limit }) => JSON.stringify(index.search(query, limit, 'exhaustive')) !== JSON.stringify(index.search(query, limit)));
// Each query by both ways in turn, several times: the fastest of each is its cost on a machine
// that others share (a preempted run only ever adds time), and the two ways see the same load.
const fastest = { exhaustive: [] as number[], auto: [] as number[] };
const before = index.searchCounts();
for (const { query, limit } of recorded) {
  const best = { exhaustive: Infinity, auto: Infinity };
  for (let round = 0; round < rounds; round += 1) {
    for (const mode of ['exhaustive', 'auto'] as const) {
      const started = performance.now();
      index.search(query, limit, mode);
      best[mode] = Math.min(best[mode], performance.now() - started);
    }
  }
  fastest.exhaustive.push(best.exhaustive);
  fastest.auto.push(best.auto);
}
const after = index.searchCounts();
const summary = (times: number[]) => ({ p50: percentile(times, 50), p99: percentile(times, 99), mean: times.reduce((a, b) => a + b, 0) / times.length });
report({
  queries: recorded.length,
  mismatches: mismatches.length,
  exhaustive: summary(fastest.exhaustive),
  pruned: summary(fastest.auto),
  prunedShare: (after.pruned - before.pruned) / Math.max(1, after.pruned + after.exhaustive - before.pruned - before.exhaustive - recorded.length * rounds),
  answerP50: percentile(answerMs, 50),
  answerP99: percentile(answerMs, 99),
});

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
