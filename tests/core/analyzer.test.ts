/** The analyzer over real kuromoji: width, base forms, what is dropped, bigrams, entity tags. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../src/core/analysis/analyzer.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = createAnalyzer(await loadTokenizer());
});

describe('analyzer', () => {
  it('folds full-width letters and digits and case: ＡＳＥＡＮ = ASEAN = asean, Ｇ２０ = G20', () => {
    expect(analyzer.analyze('ＡＳＥＡＮ').terms).toEqual(analyzer.analyze('ASEAN').terms);
    expect(analyzer.analyze('ASEAN').terms).toEqual(['asean']);
    expect(analyzer.analyze('Ｇ２０外相会合').bigrams).toEqual(analyzer.analyze('g20外相会合').bigrams);
    expect(analyzer.analyze('Ｇ２０外相会合').bigrams).toContain('g20');
  });

  it('indexes base forms, so 会談しました and 述べた match 会談する and 述べる', () => {
    const { terms } = analyzer.analyze('王毅外相がラブロフ外相と会談し、協力を深めると述べました。');
    expect(terms).toEqual(expect.arrayContaining(['外相', 'ラブロフ', '会談', '協力', '深める', '述べる']));
  });

  it('drops particles, auxiliaries, punctuation and grammar words', () => {
    const { terms } = analyzer.analyze('中国はロシアとの協調を強化することを確認した？');
    for (const noise of ['は', 'との', 'を', 'た', 'こと', 'する', '？', '?']) expect(terms).not.toContain(noise);
    expect(terms).toEqual(expect.arrayContaining(['中国', 'ロシア', '協調', '強化', '確認']));
  });

  it('makes character bigrams of Japanese runs and keeps Latin words whole', () => {
    const { bigrams } = analyzer.analyze('上海協力機構とBRICS');
    expect(bigrams).toEqual(expect.arrayContaining(['上海', '海協', '協力', '力機', '機構', 'brics']));
    expect(bigrams).not.toContain('br');
  });

  it('reads one-kanji countries as countries only where they are (米露, 露外相, 日中関係; not 米・肉 or 日中のスタジオ)', () => {
    expect(analyzer.analyze('米露首脳会談').terms).toEqual(expect.arrayContaining(['アメリカ', 'ロシア']));
    expect(analyzer.analyze('露外相が発言した').terms).toContain('ロシア');
    expect(analyzer.analyze('日中関係が改善した').terms).toEqual(expect.arrayContaining(['日本', '中国']));
    // kuromoji reads 印 in 印露 as しるし and 中印 as one place name.
    expect(analyzer.analyze('印露の貿易').terms).toEqual(expect.arrayContaining(['インド', 'ロシア']));
    expect(analyzer.analyze('中印関係').terms).toEqual(expect.arrayContaining(['中国', 'インド']));
    expect(analyzer.analyze('西欧諸国と中日ドラゴンズ').terms).not.toContain('中国');
    expect(analyzer.analyze('米・肉・芋を食べた').terms).not.toContain('アメリカ');
    expect(analyzer.analyze('日中のスタジオ業務').terms).not.toContain('日本');
  });

  it('tags places, people, times and counts for answer-type hints', () => {
    const { tags } = analyzer.analyze('2025年7月10日、クアラルンプールで3か国が集まった。');
    expect(tags).toEqual(expect.arrayContaining(['time:2025年', 'place:クアラルンプール']));
    expect(tags.some((tag) => tag.startsWith('number:3'))).toBe(true);
    // IPADIC reads 月 as a common noun: 12月 is still a time, not a count.
    const month = analyzer.analyze('2024年12月に着工し、全長は約523キロ。').tags;
    expect(month).toEqual(expect.arrayContaining(['time:12月', 'number:523キロ']));
    expect(month).not.toContain('number:12');
  });
});
