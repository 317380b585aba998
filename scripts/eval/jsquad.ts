/**
 * JSQuAD (validation split) through kiji.ask: gold@1, gold@3 (the cited
 * passage lies inside the gold paragraph) and answer@1 (the first quote holds
 * an accepted answer). Data: ../shared/bench/jsquad-valid (not shipped).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { createKiji } from '../../src/core/index.ts';
import { rankerFrom } from '../../src/core/answer/ranker.ts';
import stored from '../../src/core/answer/ranker-weights.json' with { type: 'json' };
import { silentLogger } from '../../src/logger.ts';

const questionSchema = z.object({
  id: z.string(),
  q: z.string(),
  file: z.string(),
  gold: z.string(),
  answers: z.array(z.string()),
});

export interface JsquadFigures {
  questions: number;
  gold1: number;
  gold3: number;
  answer1: number;
  abstained: number;
  msPerQuestion: number;
}

/** Whitespace differs between the JSONL and the article files; compare without it. */
const squash = (text: string) => text.replace(/\s+/gu, '');

export async function evalJsquad(dir: string, options: { limit?: number; every?: number; failures?: (line: string) => void } = {}): Promise<JsquadFigures> {
  const lines = (await readFile(join(dir, 'questions.jsonl'), 'utf8')).split('\n').filter((line) => line.trim() !== '');
  const questions = lines.map((line) => questionSchema.parse(JSON.parse(line))).filter((_, i) => i % (options.every ?? 1) === 0).slice(0, options.limit ?? Infinity);
  let gold1 = 0;
  let gold3 = 0;
  let answer1 = 0;
  let abstained = 0;
  let askMs = 0;
  // Held out: each question is ranked by the weights fitted without its article's fold (npm run fit).
  const asked: { question: (typeof questions)[number]; answer: Awaited<ReturnType<Awaited<ReturnType<typeof createKiji>>['ask']>> }[] = [];
  for (const fold of stored.folds) {
    const ranker = rankerFrom({ version: stored.version, features: stored.features, weights: fold.weights });
    const kiji = await createKiji({ corpusDir: join(dir, 'articles'), logger: silentLogger, ranker });
    const articles = new Set(fold.articles);
    for (const question of questions) {
      if (!articles.has(question.file)) continue;
      const started = performance.now();
      const answer = await kiji.ask(question.q, { top: 3 });
      askMs += performance.now() - started;
      asked.push({ question, answer });
    }
    await kiji.close();
  }
  for (const { question, answer } of asked) {
    if (!answer.answered) {
      abstained += 1;
      options.failures?.(`ABSTAIN ${question.id} ${question.q} :: ${answer.reason}`);
      continue;
    }
    const gold = squash(question.gold);
    const inGold = answer.citations.map((citation) => gold.includes(squash(citation.passage)));
    if (inGold[0]) gold1 += 1;
    if (inGold.some(Boolean)) gold3 += 1;
    const first = squash(answer.citations[0]?.quote ?? '');
    if (question.answers.some((accepted) => first.includes(squash(accepted)))) answer1 += 1;
    else options.failures?.(`${inGold[0] ? 'QUOTE ' : 'PASSAGE'} ${question.id} ${question.q} [${question.answers.join('|')}] :: ${first.slice(0, 120)}`);
  }
  const n = asked.length;
  return {
    questions: n,
    gold1: gold1 / n,
    gold3: gold3 / n,
    answer1: answer1 / n,
    abstained: abstained / n,
    msPerQuestion: askMs / n,
  };
}
