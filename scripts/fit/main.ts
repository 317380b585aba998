/**
 * `npm run fit`: fits the ranker's weights (src/core/answer/ranker-weights.json)
 * on JSQuAD validation and the fitted question sets of sets.ts (the held-out
 * ones never). Figures printed are k-fold cross-validated, folds split by
 * JSQuAD article and by news set, so no question is scored by weights fitted
 * on its own article or its own writer's questions;
 * the weights written are then fitted on every fold, and each fold's own
 * weights are kept too, for `npm run eval` to score JSQuAD held-out. The fit
 * must not lose what the first stage found: gold@3 after re-ranking ≥ the
 * first stage's, on every fold.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { featureNames } from '../../src/core/answer/features.ts';
import { questionSets } from '../eval/sets.ts';
import { jsquadCandidates, newsCandidates, type LabelledGroup } from './candidates.ts';
import { assignFolds, foldCount } from './folds.ts';
import { fitListwise } from './listwise.ts';
import { fitAnswerability } from './fit-answerability.ts';

/**
 * A news question counts this many JSQuAD questions: 175 of them against
 * 4,442, so news weighs about a quarter of the fit. JSQuAD alone gave news
 * sets a worse first quote (seed top-1 92.5 → 79.2 %): its titles are topics
 * and it has no abbreviations, unlike news.
 */
const newsWeight = 6;

/** The format of ranker-weights.json this script writes. */
const rankerVersion = 2;

const { values } = parseArgs({
  options: { jsquad: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, 'answerability-only': { type: 'boolean', default: false } },
});
const dir = values.jsquad ?? process.env.KIJI_JSQUAD_DIR ?? fileURLToPath(new URL('../../../shared/bench/jsquad-valid', import.meta.url));
const say = (line = '') => process.stdout.write(`${line}\n`);

if (values['answerability-only']) {
  await fitAnswerability(dir, say, !values['dry-run']);
  process.exit(0);
}
const started = performance.now();
const groups: LabelledGroup[] = await jsquadCandidates(dir);
for (const set of questionSets.filter((spec) => spec.fitted)) {
  for (const group of await newsCandidates(set.name, set.path, set.corpora)) groups.push({ ...group, weight: newsWeight });
}
say(`${groups.length} questions, ${groups.reduce((sum, group) => sum + group.rows.length, 0)} candidates described in ${((performance.now() - started) / 1000).toFixed(1)} s`);

// JSQuAD by article; news by set (one writer each: see answerability-data.ts).
const folds = assignFolds(groups.map((group) => (group.source === 'jsquad' ? `jsquad/${group.article}` : group.source)));
const dims = featureNames.length;
const order = (group: LabelledGroup, weights: Float64Array | null) => {
  const indices = group.rows.map((_, i) => i);
  if (weights === null) return indices; // the first stage's order
  const score = group.rows.map((row) => row.reduce((sum, value, d) => sum + value * (weights[d] ?? 0), 0));
  return indices.sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0) || a - b);
};
const hits = (groupsIn: LabelledGroup[], weights: Float64Array | null, k: number) =>
  groupsIn.filter((group) => order(group, weights).slice(0, k).some((i) => group.gold[i])).length;
const pct = (count: number, of: number) => `${((count / (of || 1)) * 100).toFixed(1)} %`;

interface Tally { n: number; at1: number; at3: number; base1: number; base3: number }
const tallies = new Map<string, Tally>();
const tally = (key: string) => {
  let found = tallies.get(key);
  if (!found) tallies.set(key, (found = { n: 0, at1: 0, at3: 0, base1: 0, base3: 0 }));
  return found;
};
const foldWeights: { articles: string[]; weights: number[] }[] = [];
let lost = false;
for (let fold = 0; fold < foldCount; fold += 1) {
  const test = groups.filter((_, i) => folds[i] === fold);
  const weights = fitListwise(groups.filter((_, i) => folds[i] !== fold), dims);
  for (const key of ['jsquad', 'news']) {
    const part = test.filter((group) => (group.source === 'jsquad') === (key === 'jsquad'));
    const t = tally(key);
    const [a1, a3, b1, b3] = [hits(part, weights, 1), hits(part, weights, 3), hits(part, null, 1), hits(part, null, 3)];
    Object.assign(t, { n: t.n + part.length, at1: t.at1 + a1, at3: t.at3 + a3, base1: t.base1 + b1, base3: t.base3 + b3 });
    if (key === 'jsquad') {
      if (a3 < b3) lost = true;
      say(`fold ${fold + 1}: JSQuAD ${part.length} held out  gold@1 ${pct(a1, part.length)} (first stage ${pct(b1, part.length)})  gold@3 ${pct(a3, part.length)} (first stage ${pct(b3, part.length)})${a3 < b3 ? '  LOSES RECALL' : ''}`);
    }
  }
  foldWeights.push({ articles: [...new Set(test.filter((group) => group.source === 'jsquad').map((group) => group.article))].sort(), weights: [...weights] });
}
for (const [key, t] of tallies) {
  say(`cross-validated, ${key} (${t.n} questions): right passage first ${pct(t.at1, t.n)} (first stage ${pct(t.base1, t.n)}), in the top 3 ${pct(t.at3, t.n)} (first stage ${pct(t.base3, t.n)})`);
}
const weights = fitListwise(groups, dims);
say('weights (on raw features):');
for (const [d, name] of featureNames.entries()) say(`  ${name.padEnd(22)} ${(weights[d] ?? 0).toFixed(4)}`);
if (lost) say('WARNING: a fold lost gold@3 against the first stage');
if (!values['dry-run']) {
  const file = fileURLToPath(new URL('../../src/core/answer/ranker-weights.json', import.meta.url));
  const figure = (t: Tally | undefined) => (t ? { questions: t.n, at1: round(t.at1 / t.n), at3: round(t.at3 / t.n), firstStageAt1: round(t.base1 / t.n), firstStageAt3: round(t.base3 / t.n) } : null);
  const stored = {
    version: rankerVersion,
    fittedOn: `JSQuAD v1.3 validation (JGLUE; CC BY-SA 4.0) and ${questionSets.filter((spec) => spec.fitted).map((spec) => spec.name).join(', ')} (each news question weighing ${newsWeight})`,
    crossValidated: { folds: foldCount, jsquad: figure(tallies.get('jsquad')), news: figure(tallies.get('news')) },
    features: [...featureNames],
    weights: [...weights].map(round6),
    folds: foldWeights.map((fold) => ({ articles: fold.articles, weights: fold.weights.map(round6) })),
  };
  await writeFile(file, `${JSON.stringify(stored, null, 1)}\n`);
  say(`wrote ${file}`);
}
// The answerability score is fitted on top of the ranking just fitted (the shipped
// weights were read when this process started, so they are passed, not reloaded).
await fitAnswerability(dir, say, !values['dry-run'], { version: rankerVersion, weights: Float64Array.from(weights) });

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
