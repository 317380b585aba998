/** Reading a follow-up with the questions before it: when, what is carried, and when not. */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../src/core/analysis/analyzer.ts';
import { createSynonymTable, defaultSynonyms } from '../../src/core/analysis/synonyms.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { readFollowUp, subjectOf } from '../../src/core/question/follow-up.ts';

let analyzer: Analyzer;
const synonyms = createSynonymTable(defaultSynonyms);
const read = (question: string, context: string[]) => readFollowUp(question, context, analyzer, synonyms);
beforeAll(async () => {
  analyzer = createAnalyzer(await loadTokenizer());
});

const sco = 'ラブロフ外相は上海協力機構について何と言いましたか';

describe('a follow-up', () => {
  it('that refers back is read with the earlier question’s names, compounds whole', () => {
    expect(read('それはいつ？', [sco])).toEqual({
      text: 'ラブロフ外相 上海協力機構 それはいつ？',
      used: [sco],
      terms: ['ラブロフ外相', '上海協力機構'],
      refersBack: true,
    });
  });

  it('asked first, refers back only when it names nothing itself (its pronoun is then its own, or a dummy it)', () => {
    expect(read('それはいつ？', []).refersBack).toBe(true);
    expect(read('How long will it take EU companies to get export licences?', []).refersBack).toBe(false);
    expect(read('Until when did Li Qiang say China would keep its visa exemption?', []).refersBack).toBe(false);
  });

  it('does not read a question word or それぞれ as pointing back (どこの holds この; それぞれ, それ)', () => {
    expect(read('外国が作った機械はどこの国のもの？', []).refersBack).toBe(false);
    expect(read('参加国はそれぞれ何を約束した？', []).refersBack).toBe(false);
    expect(read('この会談はどこで開かれた？', []).refersBack).toBe(true);
  });

  it('that names nothing of its own is a follow-up too; one that names its subject is read alone', () => {
    expect(read('会談では何が話されましたか', ['G20外相会合はどこで開かれましたか？']).terms).toEqual(['G20外相会合']);
    expect(read('北朝鮮について王毅外相は何と言った？', [sco]).used).toEqual([]);
    expect(read('SCOの議長国は？', ['G20外相会合はどこで開かれましたか？']).used).toEqual([]);
  });

  it('carries nothing it already names, and nothing without context', () => {
    expect(read('そのときラブロフ外相は何と言った？', [sco]).terms).toEqual(['上海協力機構']);
    expect(read('それはいつ？', [])).toMatchObject({ text: 'それはいつ？', used: [], refersBack: true });
  });

  it('follows a chain of follow-ups back to the question that named the subject', () => {
    const reading = read('その理由は？', ['G20外相会合はどこで開かれましたか？', 'そこで誰と誰が会談しましたか']);
    expect(reading.terms).toEqual(['G20外相会合', '会談']);
    expect(reading.used).toEqual(['G20外相会合はどこで開かれましたか？', 'そこで誰と誰が会談しましたか']);
  });

  it('in English keeps the capitalised names as written', () => {
    expect(read('When was that?', ['What did Lavrov say about the SCO?']).terms).toEqual(['Lavrov', 'SCO']);
    expect(subjectOf('Where did the G20 ministers meet?', analyzer)).toEqual(['G20']);
  });
});
