/**
 * Names learnt from the articles' English reference titles: once the
 * dictionary, sound and pinyin have explained what they can, one English
 * name and one Japanese name left in a title are the same name, and a name
 * learnt in one title explains it in another. The titles here are invented.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../src/core/analysis/analyzer.ts';
import { loadEnglishDictionary, type EnglishDictionary } from '../../src/core/analysis/english-dictionary.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { capitalisedRuns, referenceNames, type ExplainName } from '../../src/core/question/reference-names.ts';
import { katakanaWord, soundsLike } from '../../src/core/question/transliterate.ts';

let analyzer: Analyzer;
let dictionary: EnglishDictionary;
beforeAll(async () => {
  analyzer = createAnalyzer(await loadTokenizer());
  const used = new Set(['北京', '会談', '訪問', 'マカオ', '首相']);
  dictionary = await loadEnglishDictionary((spelling) => used.has(spelling));
});

/** Pinyin as pinyin-names.ts reads it, for the one name these titles spell in pinyin. */
const pinyin: ExplainName = (run) => (run === 'Wang Yi' ? ['王毅'] : []);

const visit = { reference: 'Wang Yi holds talks with Tung Chee-hwa in Beijing', title: '王毅外相、北京で董建華氏と会談' };
const macau = { reference: 'Tung Chee-hwa visits Macau with Ishiba', title: '董建華氏と石破首相がマカオを訪問' };

describe('names from the reference titles', () => {
  it('keeps a lower-case syllable after a hyphen with its word, and ends a run at other hyphens', () => {
    expect(capitalisedRuns(visit.reference)).toEqual(['Wang Yi', 'Tung Chee-hwa', 'Beijing']);
    expect(capitalisedRuns('China-Russia ties')).toEqual(['China', 'Russia']);
  });

  it('learns the name left over once pinyin explains the other, and each of its words', () => {
    const names = referenceNames([visit], analyzer, dictionary, pinyin);
    expect(names.get('tung chee-hwa')).toBe('董建華');
    // A question may give the surname alone.
    expect(names.get('tung')).toBe('董建華');
    // Without pinyin two names are left on each side: nothing is learnt.
    expect(referenceNames([visit], analyzer, dictionary).size).toBe(0);
  });

  it('explains a learnt name in another title, which leaves the pair there to be learnt', () => {
    const names = referenceNames([macau, visit], analyzer, dictionary, pinyin);
    expect(names.get('ishiba')).toBe('石破');
    expect(referenceNames([macau], analyzer, dictionary, pinyin).size).toBe(0);
  });

  it('pairs a katakana name with the one English name left that loosely sounds like it, leaving the other pair', () => {
    const names = referenceNames([{ reference: 'Erdogan hosts Tung Chee-hwa in Ankara', title: 'エルドアン大統領、アンカラで董建華氏と会談' }], analyzer, dictionary);
    expect(names.get('erdogan')).toBe('エルドアン');
    expect(names.get('tung chee-hwa')).toBe('董建華');
    expect(soundsLike('Lula', katakanaWord('ルラ'))).toBe(true);
    expect(soundsLike('Lula', katakanaWord('ララ'))).toBe(false);
    expect(soundsLike('Erdogan', katakanaWord('ドアン'))).toBe(false);
  });

  it('drops English words the dictionary knows from a run (Prime Minister) and lets Latin the Japanese title writes explain itself', () => {
    const names = referenceNames([{ reference: 'G20 envoy meets Prime Minister Ishiba in Beijing', title: 'G20特使、北京で石破首相と会談' }], analyzer, dictionary);
    expect(names.get('ishiba')).toBe('石破');
    expect(names.has('g20')).toBe(false);
  });
});
