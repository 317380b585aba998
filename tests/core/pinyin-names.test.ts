/**
 * Chinese names asked about in pinyin, answered from articles that write them
 * in kanji (Li Qiang ↔ 李強): the matcher over a small fake corpus, then kiji
 * end to end over an invented article whose reference title names no one, so
 * only the pinyin can tell what "Li Qiang" is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinyin } from 'pinyin-pro';
import type { Answer, AnsweredAnswer } from '../../src/core/answer.ts';
import { createKiji, type Kiji } from '../../src/core/index.ts';
import { createPinyinNames } from '../../src/core/question/pinyin-names.ts';
import { hongKongSpellings, loadCantonese } from '../../src/core/question/cantonese.ts';
import { silentLogger } from '../../src/logger.ts';
import { createTempCorpus, plainArticle, type TempCorpus } from '../support/temp-corpus.ts';

const read = (kanji: string) => pinyin(kanji, { multiple: true, toneType: 'none', type: 'array' });

describe('pinyin names against the corpus kanji', () => {
  // What a corpus with these words would offer: its tokens, bigrams, passages per spelling.
  const words: Record<string, number> = { 李強: 3, 習近平: 2, 天津: 4, 西安: 1, 行李: 2, 地理: 5, 理事: 1, 頼清徳: 2, 蔡英文: 1 };
  const names = createPinyinNames(
    {
      tokens: () => [...Object.keys(words), '首相', '主席'],
      bigramUsed: (pair) => Object.keys(words).some((word) => word.includes(pair)),
      passages: (spelling) => words[spelling] ?? 0,
      common: (spelling) => spelling === '地理' || spelling === '行李',
      // 李強首相 and 習主席 are written.
      titled: (name) => (name === '李強' ? ['李強首相'] : name === '習' ? ['習主席'] : []),
      beforeTitle: (kanji) => kanji === '強' || kanji === '習',
    },
    read,
  );

  it('spells a name of two or more syllables with the kanji the corpus writes, spaces and apostrophes aside; then its surname with a title', () => {
    expect(names(['Li', 'Qiang'])).toEqual(['李強']);
    expect(names(['Liqiang'])).toEqual(['李強']);
    expect(names(['Xi', 'Jinping'])).toEqual(['習近平', '習主席']);
    expect(names(['Tianjin'])).toEqual(['天津']);
    expect(names(["Xi'an"])).toEqual(['西安']);
  });

  it("reads Taiwan's Wade–Giles as the pinyin it stands for, hyphenated syllables and all", () => {
    expect(names(['Lai', 'Ching-te'])).toEqual(['頼清徳']);
    expect(names(['Tsai', 'Ing-wen'])).toEqual(['蔡英文']);
  });

  it('reads one syllable only after a title, as a name the corpus writes before one that begins with a kanji read so', () => {
    expect(names(['Li'], { surname: true })).toEqual(['李強']);
    expect(names(['Li'])).toEqual([]);
    expect(names(['Wang'], { surname: true })).toEqual([]);
  });

  it('finds nothing for a common word that happens to read so, or a word that is no pinyin', () => {
    expect(names(['Dili'])).toEqual([]);
    expect(names(['Lavrov'])).toEqual([]);
  });
});

describe("Hong Kong's Cantonese romanisation against the corpus kanji", () => {
  // The Japanese forms (蒋, 曽, 権) read as their traditional ones by the shipped table.
  const words: Record<string, number> = { 蒋介石: 2, 曽蔭権: 1, 李強: 3 };
  const source = {
    tokens: () => Object.keys(words),
    bigramUsed: (pair: string) => Object.keys(words).some((word) => word.includes(pair)),
    passages: (spelling: string) => words[spelling] ?? 0,
    common: () => false,
    titled: () => [],
    beforeTitle: () => false,
  };
  const names = createPinyinNames(source, read, loadCantonese());

  it('spells a name pinyin cannot by its Cantonese syllables, each word read either way (Chiang by Wade–Giles, Kai-shek in Cantonese)', () => {
    expect(names(['Chiang', 'Kai-shek'])).toEqual(['蒋介石']);
    expect(names(['Tsang', 'Yam-kuen'])).toEqual(['曽蔭権']);
    // Without the table, nothing.
    expect(createPinyinNames(source, read)(['Chiang', 'Kai-shek'])).toEqual([]);
    // Pinyin first: Li Qiang is still 李強, and a lone syllable is no Cantonese name.
    expect(names(['Li', 'Qiang'])).toEqual(['李強']);
    expect(names(['Kai'])).toEqual([]);
  });

  it("writes a jyutping syllable as the romanisation's initials and finals", () => {
    expect(hongKongSpellings('gaai')).toEqual(['kai']);
    expect(hongKongSpellings('sek')).toEqual(expect.arrayContaining(['sek', 'shek']));
    expect(hongKongSpellings('zoeng')).toEqual(expect.arrayContaining(['cheung', 'tseung']));
    expect(hongKongSpellings('jyut')).toContain('yuet');
    expect(hongKongSpellings('jyut')).not.toContain('yyut');
    expect(hongKongSpellings('ng')).toEqual(['ng']);
  });
});

describe('English questions naming a Chinese person or place in pinyin', () => {
  let corpus: TempCorpus;
  let kiji: Kiji;
  beforeAll(async () => {
    corpus = await createTempCorpus();
    await corpus.write(
      'summer-forum.txt',
      plainArticle(
        '夏季フォーラムが開幕 首相が成長目標を説明',
        '6月24日、中国の李強首相は天津で開かれた国際経済フォーラムの開幕式で演説しました。\n李強首相は、今年の経済成長率の目標を5%前後とする方針を改めて示しました。\nフォーラムには約90の国と地域から1,700人が参加しました。',
      ),
    );
    kiji = await createKiji({ corpusDir: corpus.dir, logger: silentLogger });
  });
  afterAll(async () => {
    await kiji?.close();
    await corpus?.dispose();
  });

  const answered = (answer: Answer): AnsweredAnswer => {
    if (!answer.answered) throw new Error(`expected an answer, got: ${answer.reason}`);
    return answer;
  };

  it('answers who the person is from the passages that write the name in kanji', async () => {
    const answer = answered(await kiji.ask('Who is Li Qiang?'));
    expect(answer.citations[0]?.quote).toContain('李強首相');
  });

  it('reads a surname alone with its title as the articles write it (Premier Li → 李首相)', async () => {
    const answer = answered(await kiji.ask('What growth target did Premier Li announce?'));
    expect(answer.citations[0]?.quote).toContain('5%前後');
  });

  it('answers where, with the place in pinyin too', async () => {
    const answer = answered(await kiji.ask('Where did Li Qiang give a speech?'));
    expect(answer.citations[0]?.quote).toContain('天津');
    const place = answered(await kiji.ask('What was held in Tianjin?'));
    expect(place.citations[0]?.quote).toContain('天津');
  });
});
