/**
 * From votes to an eval: the feedback log as the bots write it (over the
 * real core's answers), `npm run feedback` as a process summarising it and
 * writing the 👎 questions as a set, and `npm run eval -- --feedback` scoring
 * that set, one line labelled by hand, the rest compared with what was voted
 * down. Also: one appendFile per vote keeps concurrent votes whole lines.
 */
import { spawn } from 'node:child_process';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedbackLog, type FeedbackLine } from '../../src/adapters/shared/feedback-log.ts';
import { votedAnswerOf } from '../../src/adapters/shared/voted-answer.ts';
import { createKiji, type Kiji } from '../../src/core/index.ts';
import { silentLogger } from '../../src/logger.ts';
import { bundledCorpusDir } from '../support/temp-corpus.ts';

let kiji: Kiji;
let folder: string;

beforeAll(async () => {
  kiji = await createKiji({ corpusDir: bundledCorpusDir, logger: silentLogger });
  folder = await mkdtemp(join(tmpdir(), 'kiji-feedback-'));
});
afterAll(async () => {
  await kiji?.close();
  await rm(folder, { recursive: true, force: true });
});

async function run(script: string, args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: new URL('../..', import.meta.url),
    env: { PATH: process.env.PATH, KIJI_NO_CACHE: '1', KIJI_ENV_FILE: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { code, stdout, stderr };
}

describe('the feedback file', () => {
  it('holds one whole JSON line per vote, even when votes arrive together', async () => {
    const file = join(folder, 'concurrent', 'votes.jsonl');
    const log = createFeedbackLog({ file, salt: 'a-salt-of-sixteen-chars' });
    const long = 'あ'.repeat(5000);
    await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        log.record({ question: `${long}${index}`, answered: false, citations: [], vote: index % 2 === 0 ? 'up' : 'down', reason: '改行も\n一行に', platform: 'slack', userId: `U${index}` }),
      ),
    );
    const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(50);
    const parsed = lines.map((line) => JSON.parse(line) as FeedbackLine);
    expect(new Set(parsed.map((line) => line.question)).size).toBe(50);
    expect(parsed[0]?.reason).toBe('改行も\n一行に');
    expect(new Set(parsed.map((line) => line.user)).size).toBe(50);
  });

  it('keeps no user id without a salt', async () => {
    const file = join(folder, 'unsalted.jsonl');
    await createFeedbackLog({ file, salt: null }).record({ question: 'q', answered: false, citations: [], vote: 'up', reason: null, platform: 'discord', userId: '123' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ user: null, platform: 'discord' });
  });
});

describe('npm run feedback → npm run eval -- --feedback', () => {
  it('summarises the votes, writes the 👎 questions as a set, and eval scores it', async () => {
    const file = join(folder, 'feedback.jsonl');
    const log = createFeedbackLog({ file, salt: 'a-salt-of-sixteen-chars' });
    const place = await kiji.ask('G20外相会合はどこで開かれましたか？');
    const followUp = await kiji.ask('そこで誰と誰が会談しましたか', { context: ['G20外相会合はどこで開かれましたか？'] });
    const refused = await kiji.ask('北朝鮮について王毅外相は何と言った？');
    await log.record({ ...votedAnswerOf(place), vote: 'up', reason: null, platform: 'slack', userId: 'T:U1' });
    await log.record({ ...votedAnswerOf(followUp), vote: 'down', reason: '日付が知りたかった', platform: 'slack', userId: 'T:U2' });
    // Discord: the 👎 at the click, then its reason as a second line with the same id.
    const id = await log.record({ ...votedAnswerOf(refused), vote: 'down', reason: null, platform: 'discord', userId: '42' });
    await log.record({ ...votedAnswerOf(refused), id, vote: 'down', reason: '記事にあるはず', platform: 'discord', userId: '42' });
    await log.record({ ...votedAnswerOf(place), vote: 'down', reason: null, platform: 'discord', userId: '43' });
    // What a crash mid-write leaves behind.
    await appendFile(file, '{"id":"x","vote":"do');

    const set = join(folder, 'set.jsonl');
    const summary = await run('scripts/feedback/main.ts', ['--file', file, '--out', set]);
    expect(summary.code).toBe(0);
    expect(summary.stdout).toContain('4 votes: 👍 1, 👎 3 (slack 👍 1 👎 1; discord 👍 0 👎 2)');
    expect(summary.stdout).toContain('on refusals: 👍 0, 👎 1');
    expect(summary.stdout).toContain('with a reason: 2');
    expect(summary.stdout).toContain('voters: 4');
    expect(summary.stdout).toContain('unreadable lines (skipped): 6');
    expect(summary.stdout).toContain(`3 👎 question(s) written to ${set}`);

    const questions = (await readFile(set, 'utf8')).split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as Record<string, unknown>);
    // A follow-up is written as it was read, so the set asks it without its thread.
    expect(questions.map((question) => question.q)).toEqual(['G20外相会合 そこで誰と誰が会談しましたか', '北朝鮮について王毅外相は何と言った？', 'G20外相会合はどこで開かれましたか？']);
    expect(questions[1]).toMatchObject({ answerable: null, article: null, answers: [], downvoted: { answered: false, passages: [], reasons: ['記事にあるはず'], votes: 1 } });

    // Someone labels the first: it is then scored like any question.
    const labelled = { ...questions[0], answerable: true, article: 'g20-wang-yi-lavrov-johannesburg', answers: ['ラブロフ外相'] };
    await writeFile(set, [labelled, ...questions.slice(1)].map((question) => JSON.stringify(question)).join('\n'));
    const scored = await run('scripts/eval/main.ts', ['--feedback', set]);
    expect(scored.code).toBe(0);
    expect(scored.stdout).toMatch(new RegExp(`^feedback \\(${set.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\): 3 👎 questions \\(1 labelled, 2 not\\) over 2 articles`, 'u'));
    expect(scored.stdout).toMatch(/top-1 accuracy +100\.0 % \[[\d.]+–100\.0\] +\(1\/1\)/u);
    // Unlabelled: the refusal is refused again, the G20 answer is the one voted down: both still as voted.
    expect(scored.stdout).toMatch(/still voted-down +2 /u);
    expect(scored.stdout).toMatch(/changed +0 /u);
    expect(scored.stdout).not.toContain('seed');
  });
});
