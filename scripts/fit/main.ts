/**
 * `npm run fit`: fits the ranker's weights (src/core/answer/ranker-weights.json)
 * on JSQuAD validation. Figures printed are k-fold cross-validated, folds
 * split by article, so no question is scored by weights fitted on its own
 * article; the weights written are then fitted on every fold, and each
 * fold's own weights are kept too, for `npm run eval` to score JSQuAD
 * held-out. The fit must not lose what the first stage found: gold@3
 * after re-ranking ≥ the first stage's, on every fold.
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { featureNames } from '../../src/core/answer/features.ts';
import { jsquadCandidates, type JsquadGroup } from './jsquad-candidates.ts';
import { fitListwise } from './listwise.ts';
import { assignFolds, foldCount } from './folds.ts';

const { values } = parseArgs({ options: { jsquad: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } });
const dir = values.jsquad ?? process.env.KIJI_JSQUAD_DIR ?? fileURLToPath(new URL('../../../shared/bench/jsquad-valid', import.meta.url));
const say = (line = '') => process.stdout.write(`${line}\n`);

const started = performance.now();
const groups = await jsquadCandidates(dir);
say(`${groups.length} questions, features of ${groups.reduce((sum, group) => sum + group.rows.length, 0)} candidates in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const folds = assignFolds(groups.map((group) => group.file));
const dims = featureNames.length;
const order = (group: JsquadGroup, weights: Float64Array | null) => {
  const indices = group.rows.map((_, i) => i);
  if (weights === null) return indices; // the first stage's order
  const score = group.rows.map((row) => row.reduce((sum, value, d) => sum + value * (weights[d] ?? 0), 0));
  return indices.sort((a, b) => (score[b] ?? 0) - (score[a] ?? 0) || a - b);
};
const at = (groupsIn: JsquadGroup[], weights: Float64Array | null, k: number) =>
  groupsIn.filter((group) => order(group, weights).slice(0, k).some((i) => group.gold[i])).length / (groupsIn.length || 1);
const pct = (value: number) => `${(value * 100).toFixed(1)} %`;

const foldWeights: { articles: string[]; weights: number[] }[] = [];
let held1 = 0;
let held3 = 0;
let base1 = 0;
let base3 = 0;
let lost = false;
for (let fold = 0; fold < foldCount; fold += 1) {
  const test = groups.filter((_, i) => folds[i] === fold);
  const train = groups.filter((_, i) => folds[i] !== fold);
  const weights = fitListwise(train, dims);
  const [g1, g3, b1, b3] = [at(test, weights, 1), at(test, weights, 3), at(test, null, 1), at(test, null, 3)];
  held1 += g1 * test.length;
  held3 += g3 * test.length;
  base1 += b1 * test.length;
  base3 += b3 * test.length;
  if (g3 < b3) lost = true;
  say(`fold ${fold + 1}: ${test.length} held-out questions  gold@1 ${pct(g1)} (first stage ${pct(b1)})  gold@3 ${pct(g3)} (first stage ${pct(b3)})${g3 < b3 ? '  LOSES RECALL' : ''}`);
  foldWeights.push({ articles: [...new Set(test.map((group) => group.file))].sort(), weights: [...weights] });
}
const n = groups.length;
say(`cross-validated over ${n}: gold@1 ${pct(held1 / n)} (first stage ${pct(base1 / n)}), gold@3 ${pct(held3 / n)} (first stage ${pct(base3 / n)}); any candidate ${pct(at(groups, null, 1000))}`);
const weights = fitListwise(groups, dims);
say('weights (on raw features):');
for (const [d, name] of featureNames.entries()) say(`  ${name.padEnd(22)} ${(weights[d] ?? 0).toFixed(4)}`);
if (lost) say('WARNING: a fold lost gold@3 against the first stage');
if (!values['dry-run']) {
  const file = fileURLToPath(new URL('../../src/core/answer/ranker-weights.json', import.meta.url));
  const stored = {
    version: 1,
    fittedOn: 'JSQuAD v1.3 validation (JGLUE), 4,442 questions, 59 articles',
    crossValidated: { folds: foldCount, gold1: round(held1 / n), gold3: round(held3 / n), firstStageGold1: round(base1 / n), firstStageGold3: round(base3 / n) },
    features: [...featureNames],
    weights: [...weights].map(round6),
    folds: foldWeights.map((fold) => ({ articles: fold.articles, weights: fold.weights.map(round6) })),
  };
  await writeFile(file, `${JSON.stringify(stored, null, 1)}\n`);
  say(`wrote ${file}`);
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}
function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
