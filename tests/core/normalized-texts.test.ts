/** Normal forms of passages and articles, and the article check the ranking uses instead of joining articles. */
import { describe, expect, it } from 'vitest';
import { createNormalizedTexts } from '../../src/core/answer/normalized-texts.ts';
import { passageTexts } from '../../src/core/answer/passage-texts.ts';
import { openIndex } from '../../src/core/build/open-index.ts';
import { createAnalyzer } from '../../src/core/analysis/analyzer.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { silentLogger } from '../../src/logger.ts';
import { bundledCorpusDir } from '../support/temp-corpus.ts';

describe('normalised texts', () => {
  it("finds a spelling in a passage's article exactly when the joined article holds it", async () => {
    const analyzer = createAnalyzer(await loadTokenizer());
    const { state } = await openIndex({ corpusDir: bundledCorpusDir, cacheDir: null, threads: 1, logger: silentLogger, analyzer: async () => analyzer });
    const ids = [...state.sources.keys()];
    // Words of the titles, headings and bodies (normalised: g20, not Ｇ２０), and some no article has.
    const spellings = ['g20', 'ラブロフ', 'クアラルンプール', 'ヨハネスブルク', '外相', 'asean', '包括的戦略協力', '北朝鮮', 'ソチ'];
    const joined = createNormalizedTexts(state.sources);
    const parted = createNormalizedTexts(state.sources);
    let found = 0;
    for (const id of ids) {
      for (const spelling of spellings) {
        const expected = joined.article(id).includes(spelling);
        expect(parted.articleHas(id, spelling)).toBe(expected);
        if (expected) found += 1;
      }
    }
    expect(found).toBeGreaterThan(ids.length);
    // Through a question's texts too, once the joined article is cached or not.
    const texts = passageTexts(state.sources);
    expect(ids.every((id) => texts.articleHas(id, 'ラブロフ') === joined.article(id).includes('ラブロフ'))).toBe(true);
    expect(texts.articleHas(ids[0] as string, '北朝鮮')).toBe(false);
  });

  it('gives the same normal forms when asked again, whether they were written plain or not', () => {
    const article = { id: 'a', title: 'Ｇ２０外相会合', source: null, reference: null, url: null, date: null };
    const passage = (position: number, text: string, heading: string | null) => ({ id: `a#${position}`, articleId: 'a', heading, text, sentences: [text], position });
    const sources = new Map([
      ['a#0', { article, passage: passage(0, 'ラブロフ外相は述べた。', null) }],
      ['a#1', { article, passage: passage(1, 'ＡＳＥＡＮの会合で。', '会談（ＡＳＥＡＮ）') }],
    ]) as unknown as Parameters<typeof createNormalizedTexts>[0];
    const texts = createNormalizedTexts(sources);
    for (let round = 0; round < 3; round += 1) {
      expect(texts.passage('a#0')).toBe('g20外相会合\n\nラブロフ外相は述べた。');
      expect(texts.body('a#1')).toBe('会談(asean)\naseanの会合で。');
      expect(texts.title('a#1')).toBe('g20外相会合');
      expect(texts.articleHas('a#0', 'asean')).toBe(true);
      expect(texts.article('a#1')).toBe('g20外相会合\n\nラブロフ外相は述べた。\n会談(asean)\naseanの会合で。');
    }
    // A plain text is handed back as the very string it was written as.
    expect(texts.body('a#0')).toBe(`\n${sources.get('a#0')?.passage.text}`);
  });
});

