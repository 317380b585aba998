/**
 * The CLI's options and failures, as a process: human output, --corpus over
 * KIJI_CORPUS_DIR, a bad file named on stderr while the rest answer, usage
 * errors (exit 2) and a missing corpus (exit 1).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTempCorpus, neighbourCorpusDir, type TempCorpus } from '../support/temp-corpus.ts';
import { jsonLines, runAsk } from './run-ask.ts';

let neighbours: TempCorpus;

beforeAll(async () => {
  neighbours = await createTempCorpus();
  await neighbours.copyFrom(neighbourCorpusDir);
  await neighbours.write('broken.txt', Uint8Array.from([0x93, 0xfa, 0x96, 0x7b]));
});
afterAll(async () => {
  await neighbours?.dispose();
});

const firstArticleId = (stdout: string) => (jsonLines(stdout)[0] as { citations: { article: { id: string } }[] }).citations[0]?.article.id;

describe('ask "質問" without --json', () => {
  it('prints the quotes in 「」 with their numbers, then the numbered sources', async () => {
    const run = await runAsk(['王毅外相とラブロフ外相はどこで会談した？クアラルンプール？']);
    expect(run.code).toBe(0);
    const [quotes, sources] = run.stdout.split('\n出典:\n');
    expect(quotes).toMatch(/^「[^」]*クアラルンプール[^」]*」\[1\]/u);
    expect(sources).toContain('[1] 王毅外相「ロシアと戦略協調を強化」ASEANと中東で連携確認 / ');
    expect(sources).toContain(' / cgtn.com');
  });

  it('reads stdin with -, showing each question before its answer', async () => {
    const run = await runAsk(['-'], { stdin: 'SCOの議長国は？\n北朝鮮について\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^> SCOの議長国は？\n「/u);
    expect(run.stdout).toContain('> 北朝鮮について\n「北朝鮮」は記事に出てきません');
  });

  it('echoes hostile stdin without the bidi controls or escapes that would reorder or repaint the line', async () => {
    // U+202E (right-to-left override) would print the rest of the line backwards; U+2066–U+2069 isolate it.
    const hostile = '\u202eSCOの議長国は？\u202a\u202b\u202c\u202d \u2066\u2067\u2068\u2069\u200f\u001b[2J';
    const run = await runAsk(['-'], { stdin: `${hostile}\n` });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^> SCOの議長国は？ \[2J\n/u);
    expect(run.stdout).not.toMatch(/[\u001b\u200e\u200f\u202a-\u202e\u2066-\u2069]/u);
  });
});

describe('choosing the corpus', () => {
  it('answers from --corpus, names the bad file there on stderr, and keeps stdout to JSON', async () => {
    const run = await runAsk(['--json', '--corpus', neighbours.dir, '東ティモールはASEANの何番目の加盟国？']);
    expect(run.code).toBe(0);
    expect(firstArticleId(run.stdout)).toBe('asean-summit-kuala-lumpur');
    expect(run.stderr).toContain('broken.txt:1: is not valid UTF-8');
  });

  it('uses KIJI_CORPUS_DIR, and --corpus wins over it', async () => {
    const question = '東ティモールはASEANの何番目の加盟国？';
    const [fromEnv, overridden] = await Promise.all([
      runAsk(['--json', question], { env: { KIJI_CORPUS_DIR: neighbours.dir } }),
      runAsk(['--json', '--corpus', neighbours.dir, question], { env: { KIJI_CORPUS_DIR: join(neighbours.dir, 'missing') } }),
    ]);
    expect(firstArticleId(fromEnv.stdout)).toBe('asean-summit-kuala-lumpur');
    expect(overridden.code).toBe(0);
    expect(firstArticleId(overridden.stdout)).toBe('asean-summit-kuala-lumpur');
  });

  it('exits 1 naming a missing folder, with nothing on stdout', async () => {
    const missing = join(neighbours.dir, 'no-such-folder');
    const run = await runAsk(['--json', '--corpus', missing, '質問']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`corpus folder ${missing} does not exist`);
  });
});

describe('usage errors', () => {
  it.each([
    [[], 'no question given'],
    [['--json'], 'no question given'],
    [['--json', '  '], 'no question given'],
    [['--top', '0', '質問'], '--top must be a whole number from 1 to 50, not "0"'],
    [['--top', 'three', '質問'], '--top must be a whole number'],
    [['--top', '2.5', '質問'], '--top must be a whole number'],
    [['--jsn', '質問'], "Unknown option '--jsn'"],
    [['--corpus'], "Option '--corpus <value>' argument missing"],
    [['-', '質問'], 'give either a question or -, not both'],
  ])('%j exits 2 with the problem and usage on stderr', async (args, problem) => {
    const run = await runAsk(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`kiji ask: ${problem}`);
    expect(run.stderr).toContain('usage: npm run --silent ask --');
  });

  it('prints usage on stdout for --help and exits 0', async () => {
    const run = await runAsk(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--top K');
    expect(run.stderr).toBe('');
  });
});
