/**
 * English the dictionary lacks, spelt with the corpus's own words: Japanese
 * names by their IPADIC readings (Kishida → 岸田), Taiwan's Wade–Giles as
 * pinyin (Lai Ching-te → 頼清徳), two-word phrases as the compound their parts
 * make (foreign ministry → 外務省), end to end over a small corpus whose
 * reference titles name nobody.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKiji, type Kiji } from '../../src/core/index.ts';
import { createAnalyzer } from '../../src/core/analysis/analyzer.ts';
import { createSynonymTable, defaultSynonyms } from '../../src/core/analysis/synonyms.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { openIndex } from '../../src/core/build/open-index.ts';
import { buildEnglishLexicon } from '../../src/core/question/english-lexicon.ts';
import { analyzeEnglishQuestion } from '../../src/core/question/english-question.ts';
import { nameKey, romanizeReading } from '../../src/core/question/japanese-names.ts';
import { syllableReadings, wadeGilesReadings } from '../../src/core/question/wade-giles.ts';
import { silentLogger } from '../../src/logger.ts';
import { createTempCorpus, plainArticle, type TempCorpus } from '../support/temp-corpus.ts';

describe('Japanese readings in Hepburn', () => {
  it('romanises long vowels, geminates and glides as English news writes them', () => {
    expect(romanizeReading('キシダ')).toBe('kishida');
    expect(romanizeReading('ホッカイドウ')).toBe('hokkaidou');
    expect(romanizeReading('キョウト')).toBe('kyouto');
    expect(romanizeReading('チュウゴク')).toBe('chuugoku');
    expect(romanizeReading('ジョウ')).toBe('jou');
  });

  it('keys away long vowels, macrons, the m of Shimbun and the h of Ohno', () => {
    expect(nameKey('Tokyo')).toBe(nameKey(romanizeReading('トウキョウ')));
    expect(nameKey('Kōno')).toBe(nameKey(romanizeReading('コウノ')));
    expect(nameKey('Ohno')).toBe(nameKey(romanizeReading('オオノ')));
    expect(nameKey('Shimbun')).toBe(nameKey(romanizeReading('シンブン')));
    expect(nameKey('Hokkaido')).toBe(nameKey(romanizeReading('ホッカイドウ')));
    expect(nameKey('Kishida')).not.toBe(nameKey(romanizeReading('キシ')));
  });
});

describe('Wade–Giles as pinyin', () => {
  it("reads each syllable's initials and finals as the pinyin they may be", () => {
    expect(syllableReadings('ching')).toEqual(expect.arrayContaining(['jing', 'qing']));
    expect(syllableReadings('hsiung')).toContain('xiong');
    expect(syllableReadings('chih')).toContain('zhi');
    expect(syllableReadings('chih')).not.toContain('ji');
    expect(syllableReadings('tzu')).toContain('zi');
    expect(syllableReadings('kuo')).toContain('guo');
    expect(wadeGilesReadings('Ching-te')).toContain('qingde');
    expect(wadeGilesReadings('Ing-wen')).toContain('yingwen');
  });
});

describe('Japanese names asked about in English', () => {
  let corpus: TempCorpus;
  let kiji: Kiji;
  beforeAll(async () => {
    corpus = await createTempCorpus();
    await corpus.write(
      'kushiro-visit.txt',
      plainArticle(
        '首相が釧路の漁港を視察 水産業の支援を表明',
        [
          '岸田文雄首相は2024年8月3日、北海道の釧路市を訪れ、地元の漁業者と意見を交わしました。',
          '岸田首相は「水産業への支援を強化する」と述べ、燃料費の補助を続ける考えを示しました。',
          '視察には茂木敏充幹事長も同行し、漁港の復旧状況を確認しました。',
        ].join('\n'),
      ),
    );
    await corpus.write(
      'osaka-expo.txt',
      plainArticle('万博の来場者が増加', '大阪で開かれている万博の来場者は、9月に入って1日平均15万人に達しました。\n会場では各国のパビリオンに長い列ができています。'),
    );
    await corpus.write(
      'taipei-speech.txt',
      plainArticle('台湾当局が演説', '台湾の頼清徳総統は2025年10月10日、台北で演説し、防衛予算を増やす方針を示しました。\n演説は約30分間続きました。'),
    );
    await corpus.write(
      'export-controls.txt',
      plainArticle('輸出規制をめぐり声明', '中国外務省は2025年5月20日に声明を発表し、輸出規制の一方的な強化に反対する立場を示しました。\n海外の企業からは、対外取引への影響を懸念する声が出ています。'),
    );
    await corpus.write(
      'pyongyang-factory.txt',
      plainArticle(
        '北朝鮮の指導者が工場を視察',
        [
          '北朝鮮の金正恩（キム・ジョンウン）国務委員長は、今月、各地の生産現場を相次いで訪れています。',
          '肥料工場での指示',
          '金正恩国務委員長は3月5日、平壌郊外の肥料工場を視察し、増産を指示しました。',
        ].join('\n'),
      ),
    );
    await corpus.write(
      'river-forum.txt',
      plainArticle(
        '流域フォーラムが3回目の会合',
        [
          '第3回の流域フォーラムが2025年6月にカナダ・オンタリオ州のキングストンで開かれ、水質の改善策を話し合いました。',
          'これまでの経緯',
          '第1回のフォーラムは2021年に米国のデトロイトで開かれ、第2回は2023年にシカゴで開かれました。',
        ].join('\n'),
      ),
    );
    await corpus.write(
      'gulf-delegations.txt',
      plainArticle(
        '湾岸諸国の代表団が来訪',
        [
          'カタール、クウェート、オマーン、サウジアラビアの代表団が2025年4月2日に到着し、港湾の視察を始めました。',
          'スイス、メキシコ、レバノン、チリ、ウズベキスタンの代表団は翌日に合流しました。',
        ].join('\n'),
      ),
    );
    await corpus.write(
      'athens-museum.txt',
      plainArticle('アテネの博物館で特別展', 'アテネの博物館で2025年9月に特別展が始まり、パルテノン神殿の彫刻の複製が並びました。\n開幕式には救助犬の訓練士も招かれました。'),
    );
    await corpus.write(
      'central-bank-rates.txt',
      plainArticle('中央銀行が金利を据え置き', '中国人民銀行は2025年8月20日、政策金利を据え置くと発表しました。\n市場では年内の利下げを予想する声もあります。'),
    );
    await corpus.write('exports-rise.txt', plainArticle('輸出が増加', '4月の輸出額は前年同月比で12.5％増えました。\n財務相は「円安が追い風になった」と述べました。'));
    await corpus.write('un-statement.txt', plainArticle('国連で共同声明', '米国と英国の代表は2025年3月3日に国連で協議し、共同声明を発表しました。'));
    kiji = await createKiji({ corpusDir: corpus.dir, logger: silentLogger });
  });
  afterAll(async () => {
    await kiji?.close();
    await corpus?.dispose();
  });

  it('finds Kishida as 岸田 and quotes what he said', async () => {
    const answer = await kiji.ask('What did Kishida say about the fishing industry?');
    expect(answer.answered).toBe(true);
    if (answer.answered) expect(answer.citations.slice(0, 3).map((citation) => citation.quote).join('')).toContain('支援を強化する');
  });

  it('finds Hokkaido and Motegi by their readings too', async () => {
    const where = await kiji.ask('Which city in Hokkaido did the prime minister visit?');
    expect(where.answered).toBe(true);
    if (where.answered) expect(where.citations[0]?.quote).toContain('釧路');
    const who = await kiji.ask('Did Motegi go along on the visit?');
    expect(who.answered).toBe(true);
    if (who.answered) expect(who.citations.slice(0, 3).map((citation) => citation.quote).join('')).toContain('茂木');
  });

  it('finds a Taiwanese name written in Wade–Giles', async () => {
    const answer = await kiji.ask('When did Lai Ching-te give his speech in Taipei?');
    expect(answer.answered).toBe(true);
    if (answer.answered) expect(answer.citations[0]?.quote).toContain('2025年10月10日');
  });

  /** The question as the translation makes it over the test corpus (the lexicon built once). */
  let opened: Promise<[ReturnType<typeof createAnalyzer>, Awaited<ReturnType<typeof buildEnglishLexicon>>]> | undefined;
  const translated = async (question: string) => {
    opened ??= (async () => {
      const analyzer = createAnalyzer(await loadTokenizer());
      const run = await openIndex({ corpusDir: corpus.dir, cacheDir: null, threads: 1, logger: silentLogger, analyzer: async () => analyzer });
      return [analyzer, await buildEnglishLexicon(run.state, analyzer)];
    })();
    const [analyzer, lexicon] = await opened;
    return analyzeEnglishQuestion(question, analyzer, createSynonymTable(defaultSynonyms), lexicon);
  };

  it('translates two words EDICT has no phrase for as the compound the articles write', async () => {
    expect((await translated('What did the foreign ministry say about export controls?')).translation.japanese).toContain('外務省');
    const answer = await kiji.ask('What did the foreign ministry say about export controls?');
    expect(answer.answered).toBe(true);
    if (answer.answered) expect(answer.citations[0]?.quote).toContain('外務省');
  });

  it('spells a name as the kanji the articles gloss with the katakana it sounds like', async () => {
    expect((await translated('When did Kim Jong Un visit the fertilizer factory?')).translation.groups[0]).toEqual(['金正恩', 'キム・ジョンウン']);
    const answer = await kiji.ask('When did Kim Jong Un visit the fertilizer factory?');
    expect(answer.answered).toBe(true);
    if (answer.answered) expect(answer.citations[0]?.quote).toContain('3月5日');
  });

  it('reads a year as a Japanese question does (exact, a quantity the passage must state), and refuses one no article states', async () => {
    const year = (await translated('What did the central bank decide in 2025?')).analyzed.keyTerms.find((key) => key.term === '2025');
    expect(year).toMatchObject({ exact: true, quantity: '2025年' });
    expect((await kiji.ask('What did the central bank decide in 2019?')).answered).toBe(false);
  });

  it('weighs a word the articles never use as the Japanese EDICT spells it, and searches for a noun of them', async () => {
    const { analyzed } = await translated('Who is the captain of the museum?');
    // captain → 機長: a noun, with IPADIC's rarity, not a verb nor a name; searched, so no passage covers the question.
    expect(analyzed.keyTerms.find((key) => key.term === 'captain')).toMatchObject({ noun: true, exact: false });
    expect(analyzed.terms).toContain('captain');
    // A verb is weighed as one and not searched for (its Japanese would share bigrams with the articles' forms of it).
    const bribed = (await translated('Did they bribe the captain?')).analyzed;
    expect(bribed.keyTerms.find((key) => key.term === 'bribe')?.noun).toBe(false);
    expect(bribed.terms).not.toContain('bribe');
  });

  it('reads "the first" as the number the articles give a session (第1回), and "which province" as asking where', async () => {
    const numbered = await translated('Where was the first river forum held?');
    // A number is the question analysis's to read, as in a Japanese question: an exact key term.
    expect(numbered.analyzed.keyTerms.find((key) => key.term === '1')?.exact).toBe(true);
    const framed = await translated('In which Canadian province was the third river forum held?');
    expect(framed.analyzed.kind).toBe('place');
    expect(framed.translation.english.has('province')).toBe(false);
    expect([...framed.translation.english.values()]).not.toContain('province');
    // Number words as the articles write numbers, light verbs left out.
    const counted = await translated('Which city became the venue of the forum after three years?');
    expect(counted.analyzed.keyTerms.find((key) => key.term === '3')?.exact).toBe(true);
    expect([...counted.translation.english.values(), ...counted.translation.unmatched.map(({ word }) => word)]).not.toContain('became');
    const first = await kiji.ask('Where was the first river forum held?');
    expect(first.answered).toBe(true);
    if (first.answered) expect(first.citations[0]?.quote).toContain('デトロイト');
    const province = await kiji.ask('In which Canadian province was the third river forum held?');
    expect(province.answered).toBe(true);
    if (province.answered) expect(province.citations[0]?.quote).toContain('オンタリオ州');
  });

  it("reads a people or its adjective as its place, whatever its ending (Kuwaiti → クウェート, not the カタール it sounds like)", async () => {
    const places: [string, string][] = [
      ['Qatari', 'カタール'], ['Kuwaiti', 'クウェート'], ['Omani', 'オマーン'], ['Saudi', 'サウジアラビア'], ['Swiss', 'スイス'],
      // EDICT's people or language (メキシコ人, ウズベク語) gives the place the articles write.
      ['Mexican', 'メキシコ'], ['Lebanese', 'レバノン'], ['Chilean', 'チリ'], ['Uzbek', 'ウズベキスタン'],
    ];
    for (const [people, place] of places) expect((await translated(`When did the ${people} delegation arrive?`)).translation.groups[0]).toEqual([place]);
    const answer = await kiji.ask('When did the Kuwaiti delegation arrive?');
    expect(answer.answered).toBe(true);
    if (answer.answered) expect(answer.citations[0]?.quote).toContain('2025年4月2日');
  });

  it("spells a name EDICT lacks with ENAMDICT's spelling, and an acronym the articles never write as the name its letters begin", async () => {
    expect((await translated('What is shown of the Parthenon?')).translation.groups[0]).toEqual(['パルテノン']);
    expect((await translated('What did the PBOC announce about rates?')).translation.groups[0]).toEqual(['中国人民銀行']);
    const answer = await kiji.ask('When did the PBOC announce its decision on rates?');
    expect(answer.answered).toBe(true);
    if (answer.answered) expect(answer.citations[0]?.quote).toContain('2025年8月20日');
  });

  it('keeps a gloss with notes in notes (dog: 犬) and reads no phrase of several words as an adjective (opening ceremony is no 開催 but the 開幕式 of the articles)', async () => {
    expect((await translated('Which rescue dogs were invited?')).translation.groups.flat()).toContain('救助犬');
    const ceremony = (await translated('Who came to the opening ceremony?')).translation.groups.flat();
    expect(ceremony).not.toContain('開催');
    // EDICT's 開会式 the articles never write: their compound with the same first and last kanji.
    expect(ceremony).toContain('開幕式');
  });

  it('reads an acronym written with dots as the acronym (U.S., U.N.), and one of two letters as the name it begins (UK: United Kingdom)', async () => {
    const { translation } = await translated('What did the U.S. and the UK say at the U.N.?');
    expect(translation.groups.flat()).toEqual(expect.arrayContaining(['米国', '英国', '国連']));
    expect(translation.unmatched).toEqual([]);
  });

  it('reads accented Latin letters as the letters they are written on, the sounding ones as English writes them (Vučić: Vuchich)', async () => {
    const words = (await translated('What did Vučić say about Sánchez?')).translation.unmatched.map(({ word }) => word);
    expect(words).not.toContain('Vu');
    expect(words.filter((word) => /^(?:Vuchich|Sanchez)$/u.test(word))).toHaveLength(words.length);
  });

  it("writes contractions out: didn't is did not, what's is what is (no word didn, no letter t, no possessive)", async () => {
    expect((await translated("Why didn't Kishida visit Hokkaido?")).translation.unmatched).toEqual([]);
    const { translation } = await translated("What's the foreign ministry's view of export controls?");
    expect(translation.unmatched).toEqual([]);
    expect(translation.japanese).not.toMatch(/^何の/u);
  });

  it('reads "X minister" as EDICT glosses it, "minister of X" (財務相)', async () => {
    expect((await translated('What did the finance minister say about the yen?')).translation.groups).toContainEqual(expect.arrayContaining(['財務相']));
  });

  it('still refuses a Japanese name the articles never write', async () => {
    const answer = await kiji.ask('What did Ishiba say about the fishing industry?');
    expect(answer.answered).toBe(false);
  });
});

describe('Chinese places and probes asked about in English', () => {
  let corpus: TempCorpus;
  let kiji: Kiji;
  beforeAll(async () => {
    corpus = await createTempCorpus();
    await corpus.write(
      'huaihe.txt',
      plainArticle(
        '淮河の放水路が完成 洪水対策を強化',
        [
          '淮河は昔から洪水が多い川です。下流の勾配がゆるやかなため、大雨が続くと洪沢湖の水位が急に上がります。',
          '2020年の夏には、洪沢湖の水位が警戒水位を超え、住民約6万人が避難しました。',
        ].join('\n'),
      ),
    );
    await corpus.write('trade.txt', plainArticle('貿易額が増加', '中国とアフリカの貿易額は2025年に過去最高となりました。\n輸出では家電が伸びました。'));
    await corpus.write(
      'probe.txt',
      plainArticle('月探査機の打ち上げに成功', '中国の月探査機「嫦娥7号」が2026年8月27日、文昌宇宙発射場から打ち上げられました。\n探査機は月の南極で水の氷を探します。'),
    );
    kiji = await createKiji({ corpusDir: corpus.dir, logger: silentLogger });
  });
  afterAll(async () => {
    await kiji?.close();
    await corpus?.dispose();
  });

  // Hongze Lake needs no kind: Hongze alone is pinyin for 洪沢 (the articles' 洪沢湖), so it is no test of this.
  it('spells the name with the kind as its last kanji (Huai River → 淮河)', async () => {
    const river = await kiji.ask('Why does the Huai River flood so often?');
    expect(river.answered && river.citations[0]?.quote).toContain('勾配がゆるやか');
  });

  it("reads pinyin's apostrophe before a hyphen or the word's end too (Chang'e-7 → 嫦娥 7)", async () => {
    const launch = await kiji.ask("When did Chang'e-7 lift off?");
    expect(launch.answered && launch.citations[0]?.quote).toContain('2026年8月27日');
  });
});
