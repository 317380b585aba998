/**
 * `npm run fit -- --answerability`: fits the answerability score on JSQuAD
 * (each question asked with its article: answerable; asked of the other
 * folds' articles only, and of its article without its answer's paragraphs
 * (jsquad-near-misses.ts): not) and the fitted and calibrating sets of sets.ts
 * (Japanese and English; the held-out ones never), k-fold by JSQuAD article and
 * by news set; chooses the threshold on the held-out probabilities (the highest
 * that keeps answerable questions refused under 3 % on JSQuAD, on the fitted
 * sets and on the calibrating sets, each apart), and writes
 * src/core/answer/answerability-weights.json.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerabilityFeatureNames } from '../../src/core/answer/answerability.ts';
import { questionSets } from '../eval/sets.ts';
import { examplesOver, newsExamples, subsetCorpus, type Example } from './answerability-data.ts';
import { assignFolds, foldCount } from './folds.ts';
import type { Ranker } from '../../src/core/answer/ranker.ts';
import { fitLogistic, probability } from './logistic.ts';
import { jsquadNearMisses, type JsquadQuestion } from './jsquad-near-misses.ts';

/**
 * The news questions together weigh this many times the JSQuAD ones (asked with
 * and without their article): JSQuAD's negatives are whole articles missing, easy
 * ones; the near misses that matter to readers are only in the news sets. It is the
 * balance of 20 per news question over the fitted sets' 504 (against 7,473 JSQuAD
 * examples, outright refusals left out), kept when the calibrating sets joined the fit
 * (806 news examples: each then weighs 12.5).
 */
const newsShare = 1.35;
/**
 * What a JSQuAD near miss (asked without its answer's paragraphs) counts in the fit: nothing,
 * for now; they are scored, held out, as a measure. Cross-validated at weights 0, 0.1, 0.25,
 * 0.5, 1 (main 03c2c63): our near misses refused 98, 98, 99, 100, 98 of 153, JSQuAD's 60.4,
 * 61.8, 63.5, 65.9, 64.1 %, answerable refused JSQuAD 2.3, 2.5, 2.7, 2.9, 2.7 %, ours 11 of
 * 393 throughout; but blind10 and english11 (development sets) had answerable refused 5, 6,
 * 6, 6, 5 of 66 and 1, 1, 2, 2, 2 of 32: the easy gain is on JSQuAD, and it costs readers.
 */
const nearMissWeight = 0;
/** Most answerable questions refused that the threshold may cost, on each source (the bar: 3 %). */
const maxFalseRefusal = 0.03;

/** `ranker`: the ranking to judge on (default: the shipped weights; the fit passes the ones it just fitted). */
export async function fitAnswerability(dir: string, say: (line?: string) => void, write: boolean, ranker?: Ranker): Promise<void> {
  const lines = (await readFile(join(dir, 'questions.jsonl'), 'utf8')).split('\n').filter((line) => line.trim() !== '');
  const questions = lines.map((line) => JSON.parse(line) as JsquadQuestion);
  const files = (await readdir(join(dir, 'articles'))).filter((file) => file.endsWith('.txt')).sort();
  const stem = (file: string) => file.replace(/\.txt$/u, '');
  const fileFolds = assignFolds(files.map(stem));
  const foldOfFile = new Map(files.map((file, i) => [stem(file), fileFolds[i] ?? 0]));
  const examples: Example[] = [];
  examples.push(...(await examplesOver(join(dir, 'articles'), 'jsquad', questions.map((q) => ({ id: q.id, q: q.q, group: `jsquad/${q.file}`, answerable: true })), ranker)));
  for (let fold = 0; fold < foldCount; fold += 1) {
    const others = files.filter((file) => foldOfFile.get(stem(file)) !== fold);
    const subset = await subsetCorpus(join(dir, 'articles'), others);
    try {
      const asked = questions.filter((q) => foldOfFile.get(stem(q.file)) === fold).map((q) => ({ id: `${q.id}-absent`, q: q.q, group: `jsquad/${q.file}`, answerable: false }));
      examples.push(...(await examplesOver(subset.dir, 'jsquad-absent', asked, ranker)));
    } finally {
      await subset.remove();
    }
  }
  examples.push(...(await jsquadNearMisses(dir, questions, ranker)));
  // The calibrating sets train the score too (not the ranker): held out by set, other writers' questions made the
  // score better at every threshold on each of them (npm run fit's figures in the commit that did this).
  for (const set of questionSets.filter((spec) => spec.fitted || spec.calibrates)) examples.push(...(await newsExamples(set.name, set.path, set.corpora, ranker)));
  const modelled = examples.filter((example) => !example.outright);
  const isNews = (example: Example) => !example.source.startsWith('jsquad');
  const outrightAnswerable = (news: boolean) => examples.filter((e) => e.outright && e.answerable && (news ? isNews(e) : e.source === 'jsquad')).length;

  const folds = assignFolds(modelled.map((example) => example.group));
  const dims = answerabilityFeatureNames.length;
  const jsquadCount = modelled.filter((example) => example.source === 'jsquad' || example.source === 'jsquad-absent').length;
  const newsCount = modelled.filter(isNews).length;
  const newsWeight = (newsShare * jsquadCount) / (newsCount || 1);
  say(`answerability: ${examples.length} examples, ${modelled.length} for the model (news ${newsCount} at ${newsWeight.toFixed(1)} each, JSQuAD ${jsquadCount}); answerable refused outright: JSQuAD ${outrightAnswerable(false)}, news ${outrightAnswerable(true)}`);
  const sample = (example: Example) => ({ x: example.features, y: example.answerable, weight: example.source === 'jsquad-nearmiss' ? nearMissWeight : isNews(example) ? newsWeight : 1 });
  const held = new Float64Array(modelled.length);
  for (let fold = 0; fold < foldCount; fold += 1) {
    const { weights, bias } = fitLogistic(modelled.filter((_, i) => folds[i] !== fold).map(sample), dims);
    modelled.forEach((example, i) => {
      if (folds[i] === fold) held[i] = probability(weights, bias, example.features);
    });
  }
  const calibrating = new Set(questionSets.filter((spec) => spec.calibrates).map((spec) => spec.name));
  const rates = (threshold: number) => {
    const refusedOf = (keep: (example: Example) => boolean) => {
      const chosen = examples.filter(keep);
      const refused = chosen.filter((example) => example.outright || (held[modelled.indexOf(example)] ?? 0) < threshold).length;
      return { refused, of: chosen.length };
    };
    return {
      jsquadFalse: refusedOf((e) => e.source === 'jsquad'),
      jsquadAbsent: refusedOf((e) => e.source === 'jsquad-absent'),
      jsquadNearMiss: refusedOf((e) => e.source === 'jsquad-nearmiss'),
      newsFalse: refusedOf((e) => isNews(e) && !calibrating.has(e.source) && e.answerable),
      newsRefused: refusedOf((e) => isNews(e) && !calibrating.has(e.source) && !e.answerable),
      // Held out by set like the others, but by writers whose questions never shaped the features: bound on their own.
      calibratingFalse: refusedOf((e) => calibrating.has(e.source) && e.answerable),
      calibratingRefused: refusedOf((e) => calibrating.has(e.source) && !e.answerable),
    };
  };
  const pct = ({ refused, of }: { refused: number; of: number }) => `${((refused / (of || 1)) * 100).toFixed(1)} % (${refused}/${of})`;
  const { weights, bias } = fitLogistic(modelled.map(sample), dims);
  const over = ({ refused, of }: { refused: number; of: number }) => of > 0 && refused / of > maxFalseRefusal;
  let threshold = 0;
  for (let t = 0.02; t < 0.98; t += 0.01) {
    const r = rates(t);
    if (over(r.jsquadFalse) || over(r.newsFalse) || over(r.calibratingFalse)) break;
    threshold = t;
  }
  for (const t of [0.1, 0.2, 0.3, 0.4, 0.5, threshold]) {
    const r = rates(t);
    say(`  threshold ${t.toFixed(2)}${t === threshold ? ' (chosen)' : ''}: answerable refused JSQuAD ${pct(r.jsquadFalse)}, news ${pct(r.newsFalse)}, calibrating sets ${pct(r.calibratingFalse)}; must-refuse refused JSQuAD-absent ${pct(r.jsquadAbsent)}, JSQuAD near miss ${pct(r.jsquadNearMiss)}, news ${pct(r.newsRefused)}, calibrating sets ${pct(r.calibratingRefused)}`);
  }
  for (const [d, name] of answerabilityFeatureNames.entries()) say(`  ${name.padEnd(20)} ${(weights[d] ?? 0).toFixed(3)}`);
  say(`  bias ${bias.toFixed(3)}`);
  if (write) {
    const chosen = rates(threshold);
    const share = ({ refused, of }: { refused: number; of: number }) => Math.round((refused / (of || 1)) * 10000) / 10000;
    const stored = {
      version: 1,
      fittedOn: `JSQuAD v1.3 validation (asked with its article, without it, and without its answer's paragraphs) and ${questionSets.filter((spec) => spec.fitted || spec.calibrates).map((spec) => spec.name).join(', ')}`,
      crossValidated: { threshold: round(threshold), answerableRefusedJsquad: share(chosen.jsquadFalse), answerableRefusedNews: share(chosen.newsFalse), absentRefusedJsquad: share(chosen.jsquadAbsent), nearMissRefusedJsquad: share(chosen.jsquadNearMiss), unanswerableRefusedNews: share(chosen.newsRefused) },
      calibratedOn: { sets: questionSets.filter((spec) => spec.calibrates).map((spec) => spec.name), answerableRefused: share(chosen.calibratingFalse), mustRefuseRefused: share(chosen.calibratingRefused) },
      features: [...answerabilityFeatureNames],
      weights: [...weights].map(round),
      bias: round(bias),
      threshold: round(threshold),
    };
    const file = fileURLToPath(new URL('../../src/core/answer/answerability-weights.json', import.meta.url));
    await writeFile(file, `${JSON.stringify(stored, null, 1)}\n`);
    say(`wrote ${file}`);
  }
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
