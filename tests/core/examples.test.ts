/** Example questions come from the articles' headings, every article represented, each one answered. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKiji, type Kiji } from '../../src/core/index.ts';
import { silentLogger } from '../../src/logger.ts';
import { bundledCorpusDir } from '../support/temp-corpus.ts';

let kiji: Kiji;
beforeAll(async () => {
  kiji = await createKiji({ corpusDir: bundledCorpusDir, logger: silentLogger });
});
afterAll(async () => {
  await kiji?.close();
});

describe('kiji.examples', () => {
  it('offers questions made from headings, alternating between the articles, that kiji answers', async () => {
    const examples = await kiji.examples(4);
    expect(examples).toEqual([
      '東アジア協力とASEAN中心の地域秩序について教えてください',
      'G20外相会合の傍らで行われた中国・ロシア外相会談について教えてください',
      '上海協力機構やBRICSでの連携強化について教えてください',
      '中東情勢など国際・地域課題でも意見交換について教えてください',
    ]);
    for (const example of examples) expect((await kiji.ask(example)).answered).toBe(true);
  });

  it('stops at the limit and never repeats', async () => {
    expect(await kiji.examples(1)).toHaveLength(1);
    const many = await kiji.examples(50);
    expect(new Set(many).size).toBe(many.length);
  });
});
