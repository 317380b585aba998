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
});
