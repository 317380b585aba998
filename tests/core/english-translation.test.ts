import { describe, expect, it } from 'vitest';
import { loadEnglishDictionary } from '../../src/core/analysis/english-dictionary.ts';
import { orderByAgreement } from '../../src/core/question/choose-spellings.ts';
import { holdsCount } from '../../src/core/answer/holds-count.ts';
import { derivedNouns, wordForms } from '../../src/core/question/english-words.ts';
import { detectLanguage } from '../../src/core/question/question.ts';
import { capitalisedRuns } from '../../src/core/question/reference-names.ts';
import { katakanaWord, matchKatakana, skeleton, soundsSame } from '../../src/core/question/transliterate.ts';

describe('transliteration against the corpus katakana', () => {
  const words = ['ラブロフ', 'クアラルンプール', 'ヨハネスブルク', 'イラン', 'ケルン', 'ロシア'].map(katakanaWord);

  it('finds names katakana spells by sound', () => {
    expect(skeleton('Lavrov')).toBe(katakanaWord('ラブロフ').skeleton);
    expect(matchKatakana('Lavrov', words)).toEqual(['ラブロフ']);
    expect(matchKatakana('KualaLumpur', words)).toEqual(['クアラルンプール']);
    expect(matchKatakana('Johannesburg', words)).toEqual(['ヨハネスブルク']);
    expect(matchKatakana('Iran', words)).toEqual(['イラン']);
  });

  it("matches EDICT's katakana for a name to the corpus's other spelling of it, and nothing near", () => {
    expect(soundsSame(katakanaWord('ヴィエンチャン'), katakanaWord('ビエンチャン'))).toBe(true);
    expect(soundsSame(katakanaWord('ハノーファー'), katakanaWord('ハノーバー'))).toBe(true);
    expect(soundsSame(katakanaWord('ウリナラ'), katakanaWord('イラン'))).toBe(false);
    expect(soundsSame(katakanaWord('ウクライナ'), katakanaWord('クライン'))).toBe(false);
  });

  it('lets the vowels choose between skeletons close enough: Putin is プーチン, not パートナー', () => {
    expect(matchKatakana('Putin', ['パートナー', 'プーチン'].map(katakanaWord))).toEqual(['プーチン']);
    expect(matchKatakana('Mahler', ['マーラー', 'マリア'].map(katakanaWord))).toEqual(['マーラー']);
  });

  it("reads a name's closing ng as katakana's ン, and keeps an English word's ング", () => {
    expect(matchKatakana('Kim Jong Un', [katakanaWord('キム・ジョンウン')])).toEqual(['キム・ジョンウン']);
    expect(matchKatakana('banking', [katakanaWord('バンキング')], { exact: true })).toEqual(['バンキング']);
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

  it('stays Japanese for a Japanese question quoting an English phrase', () => {
    expect(detectLanguage('「恥を知れ！（Shame on a man like Mahler!）」と怒った発言をしたのは誰？')).toBe('ja');
    expect(detectLanguage('英語で Commonwealth of Dominica と呼ばれる国を日本語で何という？')).toBe('ja');
    expect(detectLanguage('What did 王毅 say about the talks with ラブロフ?')).toBe('en');
  });
});

describe('capitalised runs of a reference title', () => {
  it('splits at punctuation and hyphens', () => {
    expect(capitalisedRuns('Wang Yi, Lavrov discuss strengthening China-Russia ties at G20 meeting')).toEqual(['Wang Yi', 'Lavrov', 'China', 'Russia', 'G20']);
  });
});

describe('choosing a translation by agreement with the other words', () => {
  // Passages by spelling, as a small corpus would have them: 党 is about politics, 当事者 sits with 条約 and イラン.
  const passages: Record<string, string[]> = {
    党: ['p1', 'p2', 'p3'],
    当事者: ['p7'],
    条約: ['p7', 'p8'],
    イラン: ['p7', 'p9'],
    会う: [],
  };
  const passagesOf = (spelling: string) => new Set(passages[spelling] ?? []);
  const slot = (...spellings: string[]) => spellings.map((spelling) => ({ spelling, prior: 1 }));

  it('puts first the candidate whose passages hold the other words', () => {
    expect(orderByAgreement([slot('条約'), slot('イラン'), slot('党', '当事者')], passagesOf, 10)[2]).toEqual(['当事者', '党']);
  });

  it('puts first the spelling the articles write most when nothing agrees, and leaves one-spelling slots alone', () => {
    expect(orderByAgreement([slot('党', '当事者'), slot('ラブロフ')], passagesOf, 10)).toEqual([['党', '当事者'], ['ラブロフ']]);
    expect(orderByAgreement([slot('当事者', '党')], passagesOf, 10)).toEqual([['党', '当事者']]);
    // …but not one the dictionary does not trust (a name's other spellings).
    expect(orderByAgreement([[{ spelling: '当事者', prior: 1 }, { spelling: '党', prior: 0 }]], passagesOf, 10)).toEqual([['当事者', '党']]);
  });

  it('puts last a spelling no passage writes', () => {
    expect(orderByAgreement([slot('会う', '党'), slot('ラブロフ')], passagesOf, 10)[0]).toEqual(['党', '会う']);
  });

  it('weighs agreement by the prior', () => {
    const ordered = orderByAgreement([slot('条約'), [{ spelling: '当事者', prior: 0.4 }, { spelling: 'イラン', prior: 1 }]], passagesOf, 10);
    expect(ordered[1]).toEqual(['イラン', '当事者']);
  });
});

describe('look-up forms of an English word', () => {
  it('strips comparatives only from a stem of three letters or more (beer is not be)', () => {
    expect(wordForms('deeper')).toContain('deep');
    expect(wordForms('beer')).not.toContain('be');
  });

  it('tries the other forms of an office EDICT may gloss only one of (spokesperson, spokesman)', () => {
    expect(wordForms('spokesperson')).toContain('spokesman');
    expect(wordForms('chairwoman')).toEqual(expect.arrayContaining(['chairman', 'chairperson']));
    expect(wordForms('woman')).toEqual(['woman']);
  });

  it("tries the American -ense for a British -ence (licences → license, EDICT's fuller entry)", () => {
    expect(wordForms('licences')).toContain('license');
    expect(wordForms('defence')).toContain('defense');
  });
});

describe('a sum of money in the answer', () => {
  it('may be in a currency written in katakana, but a number inside a name is none', () => {
    expect(holdsCount('1巻30フローリンで売られ', '円')).toBe(true);
    expect(holdsCount('G7サミットが開かれた', '円')).toBe(false);
    expect(holdsCount('15億元の無償援助', '円')).toBe(true);
  });

  it('counts a length of time as a quantity, not a date', () => {
    expect(holdsCount('期間を原則として45日以内に短縮する', '')).toBe(true);
    expect(holdsCount('2021年12月以来、4年ぶりです', '')).toBe(true);
    expect(holdsCount('2025年7月10日に会談した', '')).toBe(false);
  });
});

describe('nouns made from verbs', () => {
  it('covers the regular endings and the irregular nouns EDICT glosses verbal nouns by', () => {
    expect(derivedNouns('marry')).toContain('marriage');
    expect(derivedNouns('join')).toContain('joining');
    expect(derivedNouns('die')).toContain('death');
    expect(derivedNouns('arrive')).toContain('arrival');
    expect(derivedNouns('expand')).toContain('expansion');
    expect(derivedNouns('implement')).toContain('implementation');
  });
});

describe('the dictionary cut to the corpus', () => {
  it('keeps the common spellings of the two-word phrases a word begins, apart from its own', async () => {
    const used = new Set(['首都', '資本', '資金']);
    const dictionary = await loadEnglishDictionary((spelling) => used.has(spelling));
    expect(dictionary.lookup('capital')).toEqual(['資金', '資本']);
    expect(dictionary.narrowed('capital')).toEqual(['首都']);
  });

  it('tells a common word the corpus has no spelling of from a name', async () => {
    const dictionary = await loadEnglishDictionary(() => false);
    expect(dictionary.isCommonWord('declaration')).toBe(true);
    expect(dictionary.isCommonWord('ukraine')).toBe(false);
  });

  it("keeps a word's short kanji spellings, used or not, as parts for compounds (general: 総, assembly: 会)", async () => {
    const dictionary = await loadEnglishDictionary((spelling) => spelling === '外務');
    expect(dictionary.parts('general')).toContain('総');
    expect(dictionary.parts('assembly')).toContain('会');
    expect(dictionary.parts('foreign')).toContain('外務');
    expect(dictionary.parts('ministry')).toContain('省');
  });

  it("keeps an adjective's noun where the corpus writes the noun only (additional: 追加的 → 追加), and a phrase's spelling as its last word's part (motor vehicle: 自動車)", async () => {
    const dictionary = await loadEnglishDictionary((spelling) => spelling === '追加' || spelling === '米国');
    expect(dictionary.lookup('additional')).toEqual(['追加']);
    expect(dictionary.parts('electric')).toContain('電気');
    expect(dictionary.parts('vehicle')).toContain('自動車');
    // The head of "(United States of) America" is a name of its own.
    expect(dictionary.lookup('united states', true)).toEqual(['米国']);
  });

  it('keeps past the first three the common spelling the articles write more than any of them (trade: 貿易)', async () => {
    const used = new Set(['トレード', '交易', '商売', '売買', '貿易']);
    const dictionary = await loadEnglishDictionary((spelling) => used.has(spelling), undefined, (spelling) => (spelling === '貿易' ? 40 : 1));
    expect(dictionary.lookup('trade')).toContain('貿易');
    const fewer = await loadEnglishDictionary((spelling) => used.has(spelling), undefined, () => 1);
    expect(fewer.lookup('trade')).not.toContain('貿易');
  });

  it('gives a capitalised phrase the corpus writes by another name the thesaurus\'s name for it (DPRK → 北朝鮮), never a common word', async () => {
    const paraphrases = (spelling: string) => (spelling === '朝鮮民主主義人民共和国' ? ['北朝鮮'] : spelling === '支払う' ? ['決済'] : []);
    const used = new Set(['北朝鮮', '決済']);
    const dictionary = await loadEnglishDictionary((spelling) => used.has(spelling), undefined, () => 0, paraphrases);
    expect(dictionary.lookup('dprk', true)).toEqual(['北朝鮮']);
    expect(dictionary.lookup('dprk')).toBeUndefined();
    expect(dictionary.lookup('pay')).toBeUndefined();
    expect((await loadEnglishDictionary((spelling) => used.has(spelling))).lookup('dprk', true)).toBeUndefined();
  });

  it("falls back on a long compound's stem when the corpus writes no spelling of the word", async () => {
    const dictionary = await loadEnglishDictionary((spelling) => spelling === '精神分析');
    expect(dictionary.lookup('psychoanalyst')).toEqual(['精神分析']);
  });
});
