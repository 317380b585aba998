/**
 * The REPL over the real core and the bundled corpus, fed through injected
 * streams: banner, answers with citations, commands, blank and over-long
 * lines, language, and the ways a session ends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKiji, type Kiji } from '../../src/core/index.ts';
import { silentLogger, type Logger } from '../../src/logger.ts';
import { bundledCorpusDir } from '../support/temp-corpus.ts';
import { converse, replies } from './repl-harness.ts';

let kiji: Kiji;

beforeAll(async () => {
  kiji = await createKiji({ corpusDir: bundledCorpusDir, logger: silentLogger });
});
afterAll(async () => {
  await kiji?.close();
});

const banner = 'kiji: 記事2件を読み込みました（起動 1.5 秒）。記事について質問してください。:help でコマンド一覧、:quit で終了します。\n';

describe('a REPL session', () => {
  it('opens with a banner giving the article count and start-up time, and ignores blank lines', async () => {
    const output = await converse(['', '   ', ':quit'], { kiji, startupSeconds: 1.5 });
    expect(output).toBe(`${banner}kiji> kiji> kiji> さようなら。\n`);
  });

  it('leaves the start-up time out when it is not known', async () => {
    const output = await converse([], { kiji });
    expect(output.split('\n')[0]).toBe('kiji: 記事2件を読み込みました。記事について質問してください。:help でコマンド一覧、:quit で終了します。');
  });

  it('answers a question with the quote in 「」 and its numbered source', async () => {
    const [reply] = replies(await converse(['G20外相会合はどこで開かれた？'], { kiji }));
    expect(reply).toMatch(/^「[^」]*ヨハネスブルク[^」]*」\[1\]/u);
    expect(reply).toContain('\n出典:\n[1] G20外相会合で王毅氏とラブロフ氏が会談 中国・ロシア関係の強化を確認 / ');
  });

  it('answers questions in the order they were typed', async () => {
    const answers = replies(await converse(['王毅外相とラブロフ外相はクアラルンプールでいつ会談した？', '北朝鮮について教えて'], { kiji }));
    expect(answers).toHaveLength(2);
    expect(answers[0]).toContain('2025年7月10日');
    expect(answers[1]).toMatch(/^「北朝鮮」.*記事に出てきません/u);
  });

  it('refuses a line over 1,000 characters politely and carries on', async () => {
    const answers = replies(await converse(['あ'.repeat(1001), 'a'.repeat(1001), 'SCOの議長国はどこ？'], { kiji }));
    expect(answers[0]).toBe('質問が長すぎます（1000文字まで）。短くしてもう一度お試しください。');
    expect(answers[1]).toBe('That question is too long (at most 1000 characters). Please shorten it.');
    expect(answers[2]).toContain('上海協力機構');
  });

  it('accepts a question of exactly 1,000 characters', async () => {
    const question = `${'王毅外相はどこでラブロフ外相と会談した？'.padEnd(1000, '　')}`;
    const [reply] = replies(await converse([question], { kiji }));
    expect(reply).not.toContain('長すぎます');
  });
});

describe('commands', () => {
  it(':sources lists the loaded articles', async () => {
    const [reply] = replies(await converse([':sources'], { kiji }));
    expect(reply?.split('\n')[0]).toBe('読み込んでいる記事（2件）');
    expect(reply).toContain('1. 王毅外相「ロシアと戦略協調を強化」ASEANと中東で連携確認 (2025-07-10-wang-yi-lavrov-kuala-lumpur)');
    expect(reply).toContain('2. G20外相会合で王毅氏とラブロフ氏が会談 中国・ロシア関係の強化を確認 (g20-wang-yi-lavrov-johannesburg)');
  });

  it(':help lists every command, and a full-width colon works too', async () => {
    const [help, fullWidth] = replies(await converse([':help', '：ｈｅｌｐ'], { kiji }));
    for (const command of [':sources', ':reload', ':new', ':help', ':quit']) expect(help).toContain(command);
    expect(fullWidth).toBe(help);
  });

  it('names an unknown command instead of asking it as a question', async () => {
    const [reply] = replies(await converse([':souces'], { kiji }));
    expect(reply).toBe('「:souces」というコマンドはありません。:help で一覧を表示します。');
  });

  it(':quit ends the session; lines after it are not answered', async () => {
    const output = await converse([':quit', 'G20外相会合はどこで開かれた？'], { kiji });
    expect(output).not.toContain('ヨハネスブルク');
    expect(output.endsWith('kiji> さようなら。\n')).toBe(true);
  });

  it('the end of input (Ctrl-D) ends the session on a new line', async () => {
    const output = await converse(['G20外相会合はどこで開かれた？'], { kiji });
    expect(output.endsWith('kiji> \nさようなら。\n')).toBe(true);
  });
});

describe('language', () => {
  it('replies in English once the user writes English, Japanese again after a Japanese line', async () => {
    const answers = replies(await converse(['Where did the G20 foreign ministers meet?', ':help', ':nope', 'SCOの議長国は？', ':help'], { kiji }));
    expect(answers[1]).toContain('Type a question about the articles');
    expect(answers[2]).toBe('There is no command ":nope". :help lists them.');
    expect(answers[4]).toContain('記事について質問を入力すると');
  });
});

describe('failures', () => {
  it('apologises for a core failure, logs it, and keeps answering', async () => {
    const logged: string[] = [];
    const logger: Logger = { ...silentLogger, error: (message) => logged.push(message) };
    let calls = 0;
    const flaky: Kiji = {
      ...kiji,
      ask: (question, options) => (calls++ === 0 ? Promise.reject(new Error('index exploded')) : kiji.ask(question, options)),
    };
    const answers = replies(await converse(['最初の質問', 'G20外相会合はどこで開かれた？'], { kiji: flaky, logger }));
    expect(answers[0]).toBe('申し訳ありません。回答の作成中に問題が発生しました。しばらくしてからもう一度お試しください。');
    expect(answers[1]).toContain('ヨハネスブルク');
    expect(logged).toEqual(['could not answer']);
  });
});
