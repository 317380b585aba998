/** Question analysis: question words out, kind of answer, counts, key terms, synonyms. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../src/core/analysis/analyzer.ts';
import { analyzeQuestion, durationCounter } from '../../src/core/question/question.ts';
import { holdsCount } from '../../src/core/answer/holds-count.ts';
import { createSynonymTable, defaultSynonyms, parseSynonyms } from '../../src/core/analysis/synonyms.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';

let analyzer: Analyzer;
const synonyms = createSynonymTable(defaultSynonyms);
const ask = (text: string) => analyzeQuestion(text, analyzer, synonyms);
beforeAll(async () => {
  analyzer = createAnalyzer(await loadTokenizer());
});

describe('question analysis', () => {
  it('removes question words from the terms but keeps the kind of answer wanted', () => {
    const where = ask('王毅外相はどこでラブロフ外相と会談しましたか？');
    expect(where.kind).toBe('place');
    expect(where.terms).not.toContain('どこ');
    expect(where.terms).toEqual(expect.arrayContaining(['外相', 'ラブロフ', '会談']));
    expect(ask('会談はいつ行われた？').kind).toBe('time');
    expect(ask('BRICSについて述べたのは誰？').kind).toBe('person');
    expect(ask('なぜ中国はASEANを重視するのか').kind).toBe('reason');
  });

  it('does not take a question word read as one noun with its counter (何人) for a word the answer must hold', () => {
    const question = ask('水産加工場ができたら何人くらいの仕事が生まれる？');
    expect(question.counter).toBe('人');
    expect(question.keyTerms.map((key) => key.term)).not.toContain('何人');
    expect(question.keyTerms.map((key) => key.term)).toContain('水産');
  });

  it('asks for a count with its counter: 何か国, 何歳, いくつ', () => {
    expect(ask('G20には何か国が参加した？').counter).toBe('か国');
    expect(ask('ラブロフ外相は何歳ですか').counter).toBe('歳');
    expect(ask('ポイントはいくつある？').counter).toBe('');
    expect(ask('貨物列車は何本通過した？').counter).toBe('本');
    expect(ask('いくつかの国が参加した会議は？').counter).toBeNull();
    expect(ask('ロシア産原油の値引き率はどれくらい？').counter).toBe('%');
    expect(ask('行動計画の投資総額はいくらですか').counter).toBe('円');
    expect(ask('会談はどこで行われた？').counter).toBeNull();
  });

  it('asks for a length of time, not a year or any number, when it asks how long something lasted', () => {
    for (const text of ['契約は何年続くの？', '首脳会談は全部でどれくらいかかりましたか？', '会議はどのくらいの時間だった？', '会談はどのくらい続きましたか？', '会談が続いたのはどれくらい？']) {
      expect(ask(text).counter, text).toBe(durationCounter);
      expect(ask(text).kind, text).toBe('number');
    }
    expect(ask('費用はどれくらいかかった？').counter).toBe('円');
    expect(ask('パイプラインの長さはどれくらい？').counter).toBe('');
    expect(ask('会談は何年に行われた？').counter).toBeNull();
  });

  it('does not require the words that frame the answer (名前, 役職 after どんな, 都市 before はどこ)', () => {
    const keys = (text: string) => ask(text).keyTerms.map((key) => key.term);
    expect(keys('東ティモールの首相の名前は？')).not.toContain('名前');
    expect(keys('王毅氏はどんな役職についている？')).not.toContain('役職');
    expect(keys('外相会合が開かれていた都市はどこ？')).not.toContain('都市');
    expect(keys('外相会合が開かれていた都市はどこ？')).toContain('外相');
    // Money asked for (いくら) is the answer's kind, not a word the passage must hold.
    expect(keys('中国は港の整備にいくらお金を出すの？')).not.toContain('お金');
    expect(keys('中国は港の整備にいくらお金を出すの？')).toContain('整備');
  });

  it('treats names, Latin words and numbers as exact; verbs and verbal nouns as paraphrasable', () => {
    const keys = new Map(ask('2024年に北朝鮮はBRICSと会談を開催した？').keyTerms.map((key) => [key.term, key]));
    expect(keys.get('北朝鮮')?.exact).toBe(true);
    expect(keys.get('brics')?.exact).toBe(true);
    expect(keys.get('2024')?.exact).toBe(true);
    expect(keys.get('開催')?.noun).toBe(false);
  });

  it('expands synonyms and abbreviations in both directions (安保理 ↔ 国連安全保障理事会, 中露 ↔ 中国とロシア)', () => {
    const short = ask('安保理の常任理事国はどこ？');
    expect(short.expansions.flatMap((expansion) => expansion.terms)).toEqual(expect.arrayContaining(['国連', '安全', '保障']));
    const long = ask('国連安全保障理事会で何が話された？');
    expect(long.expansions.flatMap((expansion) => expansion.terms)).toContain('安保理');
    const pair = ask('中露の外相はどこで会った？').keyTerms.find((key) => key.term === '中露');
    expect(pair?.equivalents).toEqual(expect.arrayContaining(['中ロ', '中国とロシア']));
    expect(ask('ＳＣＯの議長国は？').expansions.flatMap((expansion) => expansion.terms)).toEqual(expect.arrayContaining(['上海', '協力', '機構']));
    expect(ask('EVの関税率は？').expansions.flatMap((expansion) => expansion.terms)).toEqual(expect.arrayContaining(['電気', '自動車']));
  });

  it('reads user synonym files: groups by commas, comments, and a named problem per bad line', () => {
    const { groups, problems } = parseSynonyms('# comment\n外相, 外務大臣\n\nひとつだけ\nBRICS、ブリックス # trailing\n');
    expect(groups).toEqual([['外相', '外務大臣'], ['BRICS', 'ブリックス']]);
    expect(problems).toEqual([{ line: 4, message: expect.stringContaining('at least two') }]);
  });

  it('tells English questions from Japanese ones', () => {
    expect(ask('Where did Lavrov meet Wang Yi?').language).toBe('en');
    expect(ask('ASEANとは何ですか').language).toBe('ja');
  });
});

describe('what a text must hold for a count', () => {
  it('takes a length of time for a duration, never a date or another number', () => {
    for (const text of ['会談は約4時間半に及びました。', '供給期間を30年間とする', '11月6日から12日までの7日間の日程', 'およそ3時間にわたって行われた', '交渉は半年かかった', '17年連続で最大の貿易相手', '35日から23日に縮まる']) {
      expect(holdsCount(text, durationCounter), text).toBe(true);
    }
    for (const text of ['2026年5月20日に署名した。', '2025年に発効した。', '第2回の会議が開かれた。', '総延長は約2,600キロ']) {
      expect(holdsCount(text, durationCounter), text).toBe(false);
    }
  });

  it('takes a sum for money in any currency, katakana ones too, but not a measure or a bare 万', () => {
    for (const text of ['約1億6,000万ドル', '1兆2,000億ルーブル', '5万リンギット', '30フローリン']) expect(holdsCount(text, '円'), text).toBe(true);
    for (const text of ['総出力は480万キロワットです', '約1万9,000本が運行された', '500メートルの岸壁', 'G7サミット']) expect(holdsCount(text, '円'), text).toBe(false);
  });
});
