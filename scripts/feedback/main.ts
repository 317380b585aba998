/**
 * `npm run feedback [-- --file FILE] [--out SET]`: summarises the 👍 / 👎
 * votes the chat bots appended to KIJI_FEEDBACK_FILE and writes the 👎
 * questions as a question set (default: feedback-set.jsonl beside the
 * votes) for `npm run eval -- --feedback SET`. The file is only read.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCoreConfig } from '../../src/config.ts';
import { downvotedSet, parseLines, reportSummary, summarize, votesOf } from './summarize.ts';

const say = (line = '') => process.stdout.write(`${line}\n`);

try {
  const { values } = parseArgs({ options: { file: { type: 'string' }, out: { type: 'string' } } });
  const file = values.file ?? loadCoreConfig(process.env).feedback.file;
  if (file === null) throw new Error('KIJI_FEEDBACK_FILE is off; give --file FILE');
  const text = await readFile(file, 'utf8').catch((error: unknown) => {
    throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const { lines, unreadable } = parseLines(text);
  const votes = votesOf(lines);
  const set = downvotedSet(votes);
  const out = values.out ?? join(dirname(file), 'feedback-set.jsonl');
  await writeFile(out, set.map((question) => `${JSON.stringify(question)}\n`).join(''), 'utf8');
  for (const line of reportSummary(summarize(votes, unreadable), set.length, out)) say(line);
  for (const question of set.slice(0, 10)) say(`  👎×${question.downvoted.votes} ${question.q}${question.downvoted.reasons.length > 0 ? ` — ${question.downvoted.reasons.at(-1)}` : ''}`);
} catch (error) {
  process.stderr.write(`npm run feedback: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
