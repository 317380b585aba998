/**
 * `npx tsx scripts/eval/refusal-kinds.ts --corpus DIR [--corpus DIR…] --set SET.jsonl`: why the
 * answerable questions of a set that are refused are refused, as counts only (it prints no
 * question, word or article, so it may be pointed at a held-out set): refused outright, by
 * reason, or scored below the threshold; and of those, how many have a key term no article uses
 * that is a name (exact) or an ordinary word, and how many have none.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { answerabilityFeatures, defaultAnswerability, probabilityWith } from '../../src/core/answer/answerability.ts';
import { rankSearched } from '../../src/core/answer/answer-question.ts';
import { findingsOf, refusedOutright } from '../../src/core/answer/judge-answerable.ts';
import { openCorpus, questionAnalyzer } from '../fit/open-corpus.ts';
import { combineCorpora } from './combined-corpus.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string', multiple: true }, set: { type: 'string' } } });
if (values.set === undefined) throw new Error('usage: refusal-kinds.ts --corpus DIR… --set SET.jsonl');
const asked = (await readFile(values.set, 'utf8')).split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as { q: string; answerable: boolean });
const corpus = await combineCorpora(values.corpus ?? ['corpus']);
const opened = await openCorpus(corpus.dir);
const analyze = await questionAnalyzer(opened, asked.map(({ q }) => q));
const model = defaultAnswerability();
const counts = new Map<string, number>();
const count = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
for (const { q, answerable } of asked) {
  if (!answerable) continue;
  const question = analyze(q);
  const texts = opened.texts();
  const { ranked, searched } = rankSearched(question, opened.state.index, texts, { positionOf: opened.positionOf });
  const findings = findingsOf(question, ranked, opened.state.index, texts, searched);
  const outright = refusedOutright(question, findings);
  const refused = outright ? !outright.answerable : probabilityWith(model, answerabilityFeatures(question, findings)) < model.threshold;
  if (!refused) continue;
  const names = findings.unknown.filter((key) => key.exact).length;
  const words = findings.unknown.length - names;
  count(`${outright && !outright.answerable ? `outright:${outright.why}` : 'score'} unknown-names=${names} unknown-words=${words}`);
}
for (const [kind, n] of [...counts].sort()) process.stdout.write(`${n}\t${kind}\n`);
await corpus.remove();
