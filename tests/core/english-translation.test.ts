import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/core/question/question.ts';
import { capitalisedRuns } from '../../src/core/question/reference-names.ts';
import { katakanaWord, matchKatakana, skeleton } from '../../src/core/question/transliterate.ts';

describe('transliteration against the corpus katakana', () => {
  const words = ['ラブロフ', 'クアラルンプール', 'ヨハネスブルク', 'イラン', 'ケルン', 'ロシア'].map(katakanaWord);

  it('finds names katakana spells by sound', () => {
    expect(skeleton('Lavrov')).toBe(katakanaWord('ラブロフ').skeleton);
    expect(matchKatakana('Lavrov', words)).toEqual(['ラブロフ']);
    expect(matchKatakana('KualaLumpur', words)).toEqual(['クアラルンプール']);
    expect(matchKatakana('Johannesburg', words)).toEqual(['ヨハネスブルク']);
    expect(matchKatakana('Iran', words)).toEqual(['イラン']);
  });

  it('does not match look-alikes of short or unequal names', () => {
    expect(matchKatakana('Alma', words)).toEqual([]);
    expect(matchKatakana('Hanover', [katakanaWord('ハインリヒ・ヴァラウ')])).toEqual([]);
  });
});

describe('language of a question', () => {
  it('is English for English sentences, with or without Japanese names in them', () => {
    expect(detectLanguage('Where did Wang Yi and Lavrov meet?')).toBe('en');
    expect(detectLanguage('What did ラブロフ say about the SCO?')).toBe('en');
  });

  it('stays Japanese for Japanese questions with Latin names', () => {
    expect(detectLanguage('G20外相会合はどこで開かれた？')).toBe('ja');
    expect(detectLanguage('EUが中国製EVに関税を課したのはいつ？')).toBe('ja');
  });
});

describe('capitalised runs of a reference title', () => {
  it('splits at punctuation and hyphens', () => {
    expect(capitalisedRuns('Wang Yi, Lavrov discuss strengthening China-Russia ties at G20 meeting')).toEqual(['Wang Yi', 'Lavrov', 'China', 'Russia', 'G20']);
  });
});
