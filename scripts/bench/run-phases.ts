/**
 * Bench child: where one question's time goes, phase by phase (analysis,
 * index search, unpacking the candidates, describing them, judging and
 * composing), each question's fastest of `--rounds` passes, so the figures
 * say what to cut next without a profiler's overhead.
 * `--corpus DIR --cache DIR --questions FILE [--rounds 3]`
 */
import { readFile } from 'node:fs/promises';
import { composeAnswer } from '../../src/core/answer/compose-answer.ts';
import { idfWeights } from '../../src/core/answer/coverage.ts';
import { describe, questionContext } from '../../src/core/answer/features.ts';
import { judgeAnswerable } from '../../src/core/answer/judge-answerable.ts';
import { rankSearched } from '../../src/core/answer/answer-question.ts';
import { rankingDefaults, toIndexQuery, selectiveQuery } from '../../src/core/answer/rank-passages.ts';
import { analyzeQuestion } from '../../src/core/question/question.ts';
import { openCorpus } from '../fit/open-corpus.ts';
import { arg, report } from './child.ts';

const questions = JSON.parse(await readFile(arg('questions'), 'utf8')) as string[];
const rounds = Number(arg('rounds', '3'));
// Opened as the core opens it (the thesaurus filtered to the corpus's words), from the persisted index.
const { analyzer, state, synonyms, positionOf, texts: textsFor } = await openCorpus(arg('corpus'), arg('cache'));
const { index, sources } = state;

const phases = ['analyze', 'search', 'unpack', 'context', 'describe', 'rank', 'judge', 'compose'] as const;
const fastest = new Map(phases.map((phase) => [phase, questions.map(() => Infinity)]));
for (let round = 0; round < rounds; round += 1) {
  for (const [i, text] of questions.entries()) {
    const times: Record<string, number> = {};
    let at = performance.now();
    const lap = (phase: (typeof phases)[number]) => {
      const now = performance.now();
      times[phase] = now - at;
      at = now;
    };
    const question = analyzeQuestion(text, analyzer, synonyms);
    lap('analyze');
    const texts = textsFor();
    const query = toIndexQuery(question, index);
    const hits = index.search(selectiveQuery(query, index), rankingDefaults.candidates);
    lap('search');
    const analyses = hits.slice(0, rankingDefaults.described).map((hit) => index.analysisOf(hit.id));
    lap('unpack');
    const context = questionContext(question, idfWeights(question, query, index), hits, texts);
    lap('context');
    hits.slice(0, rankingDefaults.described).forEach((hit, at) => {
      const analysis = analyses[at];
      if (analysis) describe(hit, analysis, positionOf(hit.id), context);
    });
    lap('describe');
    // 'rank' is the product's whole ranking (search, describing, ordering) run again, on the texts the phases
    // above warmed; judging and composing take its result, as the product does.
    const { ranked, searched } = rankSearched(question, index, texts, { positionOf });
    lap('rank');
    const verdict = judgeAnswerable(question, ranked, index, texts, undefined, searched);
    lap('judge');
    composeAnswer(question, ranked, verdict, (id) => sources.get(id), 3);
    lap('compose');
    for (const phase of phases) {
      const list = fastest.get(phase) as number[];
      list[i] = Math.min(list[i] as number, times[phase] as number);
    }
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
report(Object.fromEntries([...fastest].map(([phase, values]) => [phase, { p50: +median(values).toFixed(3), mean: +mean(values).toFixed(3) }])));
