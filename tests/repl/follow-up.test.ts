/**
 * Follow-ups in a REPL session, over the real core and the bundled corpus:
 * 「そこで…」 is read with the question before it, :new forgets it, and a
 * follow-up the earlier question does not help is refused as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKiji, type Kiji } from '../../src/core/index.ts';
import { silentLogger } from '../../src/logger.ts';
import { bundledCorpusDir } from '../support/temp-corpus.ts';
import { converse, replies } from './repl-harness.ts';

let kiji: Kiji;

beforeAll(async () => {
  kiji = await createKiji({ corpusDir: bundledCorpusDir, logger: silentLogger });
});
afterAll(async () => {
  await kiji?.close();
});

const place = 'G20外相会合はどこで開かれましたか？';
const who = 'そこで誰と誰が会談しましたか';

describe('a follow-up in the REPL', () => {
  it('is read with the last question, and says what it took from it', async () => {
    const [, reply] = replies(await converse([place, who], { kiji }));
    const [note, quote] = reply?.split('\n') ?? [];
    expect(note).toBe('（前の質問から「G20外相会合」を補って答えました。）');
    expect(quote).toMatch(/^「[^」]*G20外相会合[^」]*王毅外相[^」]*ラブロフ外相[^」]*」\[1\]/u);
  });

  it('follows a chain: a second follow-up is still about what the first question named', async () => {
    const [, , reply] = replies(await converse([place, who, '会談では何が話されましたか'], { kiji }));
    expect(reply?.split('\n')[0]).toBe('（前の質問から「G20外相会合」を補って答えました。）');
  });

  it(':new forgets the earlier questions; the bare follow-up is then refused, saying why', async () => {
    const answers = replies(await converse([place, ':new', 'それはいつ？'], { kiji }));
    expect(answers[1]).toBe('前の質問を忘れました。新しい話題をどうぞ。');
    expect(answers[2]).toContain('質問から調べる語を取り出せませんでした');
    expect(answers[2]).toContain('前の質問は覚えていないため');
  });

  it('reads a question that names its own subject alone: refused as before', async () => {
    const [, reply] = replies(await converse([place, '北朝鮮について王毅外相は何と言った？'], { kiji }));
    expect(reply).toMatch(/^「北朝鮮」は記事に出てきません/u);
    expect(reply).not.toContain('前の質問');
  });

  it('works in English too', async () => {
    const [, reply] = replies(await converse(['What did Lavrov say about the SCO?', 'When was that?'], { kiji }));
    expect(reply?.split('\n')[0]).toBe('(Read with the earlier question: "Lavrov", "SCO".)');
  });
});
