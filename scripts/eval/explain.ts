/**
 * What the judge found for each question, to see why it is refused or
 * answered: its key terms as the judge sees them (! exact, (v) not a noun,
 * ? no article uses it), the outright refusal if any, else the answerability
 * probability against the threshold with the features that are not zero, and
 * the best passage. English questions are translated first, as the core does.
 *   npx tsx scripts/eval/explain.ts --corpus DIR [--corpus DIR…] "question" …
 *   npx tsx scripts/eval/explain.ts --corpus DIR --set SET.jsonl   (a development set's questions)
 * Never point it at a held-out set.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { answerabilityFeatureNames, answerabilityFeatures, defaultAnswerability, probabilityWith } from '../../src/core/answer/answerability.ts';
import { rankSearched } from '../../src/core/answer/answer-question.ts';
import { findingsOf, refusedOutright } from '../../src/core/answer/judge-answerable.ts';
import { openCorpus, questionAnalyzer } from '../fit/open-corpus.ts';
import { combineCorpora } from './combined-corpus.ts';

const { values, positionals } = parseArgs({ options: { corpus: { type: 'string', multiple: true }, set: { type: 'string' } }, allowPositionals: true });
const fromSet = values.set === undefined ? [] : (await readFile(values.set, 'utf8')).split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as { id: string; q: string; answerable: boolean });
const asked = [...positionals.map((q, at) => ({ id: `#${at + 1}`, q, answerable: true })), ...fromSet];
const corpus = await combineCorpora(values.corpus ?? ['corpus']);
const opened = await openCorpus(corpus.dir);
const analyze = await questionAnalyzer(opened, asked.map(({ q }) => q));
const model = defaultAnswerability();
for (const { id, q, answerable } of asked) {
  const question = analyze(q);
  const texts = opened.texts();
  const { ranked, searched } = rankSearched(question, opened.state.index, texts, { positionOf: opened.positionOf });
  const findings = findingsOf(question, ranked, opened.state.index, texts, searched);
  const outright = refusedOutright(question, findings);
  const features = answerabilityFeatures(question, findings);
  const keys = question.keyTerms.map((key) => `${key.term}${key.noun ? '' : '(v)'}${key.exact ? '!' : ''}${findings.unknown.includes(key) ? '?' : ''}`).join(' ');
  const verdict = outright && !outright.answerable ? `refused outright: ${outright.why}` : `p=${probabilityWith(model, features).toFixed(3)} (answers at ${model.threshold})`;
  const shown = answerabilityFeatureNames.map((name, at) => [name, features[at] ?? 0] as const).filter(([, value]) => value !== 0);
  const best = ranked[0];
  process.stdout.write(
    `${id} ${answerable ? '' : '[abstain] '}${q}\n  keys ${keys}  kind=${question.kind}  specificity ${findings.specificity.toFixed(3)}\n  ${verdict}\n  ${shown.map(([name, value]) => `${name}=${value.toFixed(2)}`).join(' ')}\n  best ${best ? `${best.id}: ${texts.body(best.id).slice(0, 90).replace(/\n/gu, ' / ')}` : '-'}\n`,
  );
}
await corpus.remove();
