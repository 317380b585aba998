/**
 * `npm run eval [-- --only SET|jsquad] [--verbose]` (SET: a name in scripts/eval/sets.ts),
 * or `npm run eval -- --feedback SET [--corpus DIR]` for the 👎 questions `npm run feedback` wrote
 * (over KIJI_CORPUS_DIR or the bundled articles, as the bots answer; see feedback-set.ts): our question
 * sets through the CLI's own code path, then JSQuAD, each figure printed
 * beside its target. A report, not a gate: it exits 0 whatever the figures.
 * JSQuAD is read from ../shared/bench/jsquad-valid, or KIJI_JSQUAD_DIR.
 */
import { access } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { openKiji } from '../../src/adapters/terminal/open-kiji.ts';
import { loadCoreConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/logger.ts';
import { combineCorpora } from './combined-corpus.ts';
import { evalJsquad } from './jsquad.ts';
import { compareWithVotes, loadFeedbackSet, reportComparisons, splitLabelled } from './feedback-set.ts';
import { loadQuestionSet } from './question-set.ts';
import { describeMiss, reportJsquad, reportSet } from './report.ts';
import { scoreQuestions, type Miss } from './score-questions.ts';
import { questionSets } from './sets.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const parts = [...questionSets.map((set) => set.name), 'jsquad'];

const { values } = parseArgs({
  options: { only: { type: 'string' }, verbose: { type: 'boolean', default: false }, feedback: { type: 'string' }, corpus: { type: 'string' } },
});
const only = values.only;
if (only !== undefined && !parts.includes(only)) {
  process.stderr.write(`npm run eval: --only must be one of ${parts.join(', ')}, not "${only}"\n`);
  process.exit(2);
}
// --feedback alone scores just that set; with --only, that part too.
const runs = (part: string) => (only === undefined ? values.feedback === undefined : only === part);
const say = (line = '') => process.stdout.write(`${line}\n`);

async function evalSet(label: string, setPath: string, corpusDirs: string[]): Promise<void> {
  const questions = await loadQuestionSet(setPath);
  const corpus = await combineCorpora(corpusDirs);
  try {
    const { kiji, seconds } = await openKiji({ corpusDir: corpus.dir, cacheDir: null }, silentLogger);
    const misses: Miss[] = [];
    const figures = await scoreQuestions(kiji, questions, silentLogger, (miss) => misses.push(miss));
    await kiji.close();
    say(`${label}: ${figures.questions} questions (${figures.answerable} answerable, ${figures.unanswerable} must abstain) over ${kiji.sources().length} articles; start-up ${seconds.toFixed(1)} s`);
    for (const line of reportSet(figures)) say(line);
    if (values.verbose) for (const miss of misses) say(describeMiss(miss));
    say();
  } finally {
    await corpus.remove();
  }
}

if (values.feedback !== undefined) await evalFeedback(values.feedback, values.corpus ?? loadCoreConfig(process.env).corpusDir);

/** The 👎 set: labelled lines scored as usual, the rest compared with the answer voted down. */
async function evalFeedback(setPath: string, corpusDir: string): Promise<void> {
  const { labelled, unlabelled } = splitLabelled(await loadFeedbackSet(setPath));
  const { kiji, seconds } = await openKiji({ corpusDir, cacheDir: null }, silentLogger);
  try {
    say(`feedback (${setPath}): ${labelled.length + unlabelled.length} 👎 questions (${labelled.length} labelled, ${unlabelled.length} not) over ${kiji.sources().length} articles; start-up ${seconds.toFixed(1)} s`);
    if (labelled.length > 0) for (const line of reportSet(await scoreQuestions(kiji, labelled, silentLogger))) say(line);
    const comparisons = await compareWithVotes(kiji, unlabelled, silentLogger);
    for (const line of reportComparisons(comparisons)) say(line);
    if (values.verbose) for (const { question, now, firstPassage } of comparisons) say(`  ${now.padEnd(9)} ${question.id} ${question.q} → ${firstPassage ?? '(refused)'}`);
    say();
  } finally {
    await kiji.close();
  }
}

for (const set of questionSets) if (runs(set.name)) await evalSet(set.label, set.path, set.corpora);
if (runs('jsquad')) {
  const dir = process.env.KIJI_JSQUAD_DIR || here('../../../shared/bench/jsquad-valid');
  const present = await access(dir).then(
    () => true,
    () => false,
  );
  if (!present) say(`jsquad: ${dir} is absent; skipped (set KIJI_JSQUAD_DIR to a copy of the benchmark)`);
  else {
    // The heading first: with --verbose, misses stream out while the questions run.
    say(`jsquad (validation split) over ${dir}`);
    const figures = await evalJsquad(dir, values.verbose ? { failures: (line) => say(`  ${line}`) } : {});
    say(`  ${figures.questions} questions`);
    for (const line of reportJsquad(figures)) say(line);
  }
}
