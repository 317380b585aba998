/**
 * The CLI's --json output is a public contract (a hidden evaluation reads
 * it): exactly these fields, one line per answer on stdout, logs on stderr,
 * exit 0 whether or not the articles answer.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonLines, runAsk } from './run-ask.ts';

/** The contract, strict: an extra or missing field fails. */
const citationSchema = z.strictObject({
  n: z.number().int().positive(),
  article: z.strictObject({
    id: z.string().min(1),
    title: z.string().min(1),
    source: z.string().nullable(),
    reference: z.string().nullable(),
    url: z.string().nullable(),
  }),
  section: z.string().nullable(),
  quote: z.string().min(1),
  passage: z.string().min(1),
  score: z.number(),
});
const answerSchema = z.strictObject({
  question: z.string(),
  answered: z.boolean(),
  language: z.enum(['ja', 'en']),
  text: z.string().min(1),
  citations: z.array(citationSchema),
  usedContext: z.array(z.string()),
});

const g20Id = 'g20-wang-yi-lavrov-johannesburg';

describe('ask --json "質問"', () => {
  it('prints exactly one line of the contract, the quote from the article that answers', async () => {
    const run = await runAsk(['--json', 'G20外相会合はどこで開かれた？']);
    expect(run.code).toBe(0);
    expect(run.stdout.endsWith('\n')).toBe(true);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(1);
    const answer = answerSchema.parse(lines[0]);

    expect(answer.question).toBe('G20外相会合はどこで開かれた？');
    expect(answer.answered).toBe(true);
    expect(answer.citations.length).toBeGreaterThanOrEqual(1);
    expect(answer.citations.length).toBeLessThanOrEqual(3);
    expect(answer.citations.map((citation) => citation.n)).toEqual(answer.citations.map((_, index) => index + 1));
    const first = answer.citations[0];
    expect(first?.quote).toContain('ヨハネスブルク');
    expect(first?.article).toEqual({
      id: g20Id,
      title: 'G20外相会合で王毅氏とラブロフ氏が会談 中国・ロシア関係の強化を確認',
      source: 'cgtn.com',
      reference: 'Wang Yi, Lavrov discuss strengthening China-Russia ties at G20 meeting',
      url: null,
    });
    for (const citation of answer.citations) {
      // The quote is verbatim from the passage it cites; nothing is invented.
      expect(citation.passage).toContain(citation.quote);
      expect(answer.text).toContain(`「${citation.quote}」[${citation.n}]`);
    }
  });

  it('answers an English question in English, quoting the Japanese articles with their English reference titles', async () => {
    const run = await runAsk(['--json', 'Where did Wang Yi and Lavrov meet at the G20?']);
    expect(run.code).toBe(0);
    const [answer] = jsonLines(run.stdout).map((line) => answerSchema.parse(line));
    expect(answer?.language).toBe('en');
    expect(answer?.answered).toBe(true);
    expect(answer?.text).toContain('The articles are in Japanese');
    expect(answer?.citations.some((citation) => citation.quote.includes('ヨハネスブルク'))).toBe(true);
    expect(answer?.text).toContain('Wang Yi, Lavrov discuss strengthening China-Russia ties at G20 meeting');
  });

  it('refuses an English question in English, naming the English words the articles lack', async () => {
    const run = await runAsk(['--json', 'What did Lavrov say about Ukraine?']);
    const [answer] = jsonLines(run.stdout).map((line) => answerSchema.parse(line));
    expect(answer).toMatchObject({ answered: false, language: 'en', citations: [] });
    expect(answer?.text).toContain('"Ukraine"');
  });

  it('answers "not in the articles" as a line with answered false, the reason as text, and exit 0', async () => {
    const run = await runAsk(['--json', '北朝鮮の核開発について中ロ外相は何を話し合った？']);
    expect(run.code).toBe(0);
    const [answer] = jsonLines(run.stdout).map((line) => answerSchema.parse(line));
    expect(answer).toEqual({
      question: '北朝鮮の核開発について中ロ外相は何を話し合った？',
      answered: false,
      language: 'ja',
      text: expect.stringMatching(/「北朝鮮」.*記事に出てきません/u),
      citations: [],
      usedContext: [],
    });
  });

  it('reads a follow-up with --context (repeatable, oldest first) and lists the questions it used', async () => {
    const earlier = 'G20外相会合はどこで開かれましたか？';
    const run = await runAsk(['--json', '--context', earlier, 'そこで誰と誰が会談しましたか']);
    expect(run.code).toBe(0);
    const answer = answerSchema.parse(jsonLines(run.stdout)[0]);
    expect(answer.question).toBe('そこで誰と誰が会談しましたか');
    expect(answer.answered).toBe(true);
    expect(answer.usedContext).toEqual([earlier]);
    expect(answer.text.split('\n')[0]).toBe('（前の質問から「G20外相会合」を補って答えました。）');
    expect(answer.citations[0]?.quote).toMatch(/G20外相会合.*王毅外相.*ラブロフ外相/u);
  });

  it('reads a question that names its own subject alone, whatever the context, and refuses it as before', async () => {
    const run = await runAsk(['--json', '--context', 'G20外相会合はどこで開かれましたか？', '北朝鮮について王毅外相は何と言った？']);
    const answer = answerSchema.parse(jsonLines(run.stdout)[0]);
    expect(answer).toMatchObject({ answered: false, usedContext: [], citations: [] });
    expect(answer.text).toMatch(/^「北朝鮮」は記事に出てきません/u);
  });

  it('caps citations with --top, keeping the best first', async () => {
    const question = '中国とロシアはBRICSや上海協力機構でどう連携する？';
    const [three, one] = await Promise.all([runAsk(['--json', '--top', '3', question]), runAsk(['--json', '--top=1', question])]);
    const many = answerSchema.parse(jsonLines(three.stdout)[0]);
    const single = answerSchema.parse(jsonLines(one.stdout)[0]);
    expect(many.citations.length).toBeLessThanOrEqual(3);
    expect(single.citations).toHaveLength(1);
    expect(single.citations[0]).toEqual(many.citations[0]);
    expect(single.text).not.toContain('[2]');
  });
});

describe('ask --json - (one question per stdin line)', () => {
  it('answers every non-blank line in order, one line each, refused questions included', async () => {
    const tooLong = 'あ'.repeat(1001);
    const input = [
      'Ｇ２０外相会合はどこで開かれた？',
      '',
      '   ',
      '北朝鮮について教えて',
      tooLong,
      '\u200b', // only a zero-width space: not blank to the eye of a pipe, empty to the core
      'x'.repeat(1001),
      'ＡＳＥＡＮにとって中国とロシアはどんな存在？',
    ].join('\r\n');
    const run = await runAsk(['--json', '-'], { stdin: `${input}\n` });
    expect(run.code).toBe(0);
    const answers = jsonLines(run.stdout).map((line) => answerSchema.parse(line));
    expect(answers.map((answer) => answer.question)).toEqual([
      'Ｇ２０外相会合はどこで開かれた？',
      '北朝鮮について教えて',
      tooLong,
      '\u200b',
      'x'.repeat(1001),
      'ＡＳＥＡＮにとって中国とロシアはどんな存在？',
    ]);
    expect(answers.map((answer) => answer.answered)).toEqual([true, false, false, false, false, true]);
    expect(answers[0]?.citations[0]?.quote).toContain('ヨハネスブルク');
    expect(answers[2]).toEqual({ question: tooLong, answered: false, language: 'ja', text: '質問が長すぎます（1000文字まで）。短くしてもう一度お試しください。', citations: [], usedContext: [] });
    expect(answers[3]?.text).toBe('質問が空です。記事について知りたいことを入力してください。');
    // A refusal speaks the question's language.
    expect(answers[4]?.text).toBe('That question is too long (at most 1000 characters). Please shorten it.');
    expect(answers[5]?.citations[0]?.quote).toContain('ASEAN');
  });

  it('prints nothing and exits 0 for empty input', async () => {
    const run = await runAsk(['--json', '-'], { stdin: '\n\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
  });
});
