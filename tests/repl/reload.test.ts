/**
 * :reload over a real corpus folder that changes under the REPL: new
 * articles become answerable, the report counts them, bad files are named,
 * and a failed reload keeps the articles already loaded.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKiji, type Kiji } from '../../src/core/index.ts';
import { silentLogger } from '../../src/logger.ts';
import { bundledCorpusDir, createTempCorpus, neighbourCorpusDir, type TempCorpus } from '../support/temp-corpus.ts';
import { converse, replies } from './repl-harness.ts';

let corpus: TempCorpus;
let kiji: Kiji;

beforeEach(async () => {
  corpus = await createTempCorpus();
  await corpus.copyFrom(bundledCorpusDir);
  await corpus.write('broken.txt', '');
  kiji = await createKiji({ corpusDir: corpus.dir, logger: silentLogger });
});
afterEach(async () => {
  await kiji?.close();
  await corpus?.dispose();
});

describe(':reload', () => {
  it('lists files skipped at start-up under the banner', async () => {
    const output = await converse([], { kiji });
    expect(output).toContain('読み込めなかったファイル（1件）:\n  - broken.txt: is empty\n');
  });

  it('picks up an article added since start-up and reports what changed', async () => {
    const question = '東ティモールはASEANの何番目の加盟国になった？';
    // Four articles (its README is not an article and is skipped without complaint).
    await corpus.copyFrom(neighbourCorpusDir);
    const answers = replies(await converse([':reload', question], { kiji }));
    expect(answers[0]).toMatch(/^読み直しました: 記事6件・段落\d+件（追加4・変更\d+・削除0）、\d+\.\d 秒。/u);
    expect(answers[0]).toContain('読み込めなかったファイル（1件）:\n  - broken.txt: is empty');
    expect(answers[1]).toContain('11番目');
  });

  it('says so when the folder has gone, and keeps answering from the articles it had', async () => {
    await corpus.dispose();
    const answers = replies(await converse([':reload', 'G20外相会合はどこで開かれた？'], { kiji }));
    expect(answers[0]).toMatch(/^読み直しに失敗しました（corpus folder .* does not exist.*）。これまでの記事で答え続けます。$/u);
    expect(answers[1]).toContain('ヨハネスブルク');
  });
});
