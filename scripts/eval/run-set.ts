/**
 * `npx tsx scripts/eval/run-set.ts SET.jsonl CORPUS_DIR… [--verbose]`: one question set over
 * the given article folders, scored as `npm run eval` scores its own sets. For a set of one's
 * own (a translation of a Japanese set, say) without adding it to the eval.
 */
import { parseArgs } from 'node:util';
import { openKiji } from '../../src/adapters/terminal/open-kiji.ts';
import { silentLogger } from '../../src/logger.ts';
import { combineCorpora } from './combined-corpus.ts';
import { loadQuestionSet } from './question-set.ts';
import { describeMiss, reportSet } from './report.ts';
import { scoreQuestions, type Miss } from './score-questions.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { verbose: { type: 'boolean', default: false } } });
const [setPath, ...dirs] = positionals;
if (!setPath || dirs.length === 0) throw new Error('usage: run-set.ts SET.jsonl CORPUS_DIR… [--verbose]');
const corpus = await combineCorpora(dirs);
try {
  const { kiji } = await openKiji({ corpusDir: corpus.dir, cacheDir: null }, silentLogger);
  const misses: Miss[] = [];
  const figures = await scoreQuestions(kiji, await loadQuestionSet(setPath), silentLogger, (miss) => misses.push(miss));
  await kiji.close();
  for (const line of reportSet(figures)) process.stdout.write(`${line}\n`);
  if (values.verbose) for (const miss of misses) process.stdout.write(`${describeMiss(miss)}\n`);
} finally {
  await corpus.remove();
}
