/** Near misses by a numbered qualifier: another number of the counter asked about stated, not the one asked (asked-specifics.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../src/core/analysis/analyzer.ts';
import { normalizeText } from '../../src/core/analysis/normalize.ts';
import { createSynonymTable, defaultSynonyms } from '../../src/core/analysis/synonyms.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { otherNumberStated } from '../../src/core/answer/asked-specifics.ts';
import { analyzeQuestion } from '../../src/core/question/question.ts';

let analyzer: Analyzer;
const synonyms = createSynonymTable(defaultSynonyms);
const other = (question: string, passage: string) => otherNumberStated(analyzeQuestion(question, analyzer, synonyms), normalizeText(passage));
beforeAll(async () => {
  analyzer = createAnalyzer(await loadTokenizer());
});

describe('another number stated', () => {
  it('flags a passage about a neighbouring ordinal, year or unit number', () => {
    expect(other('第5回大会はどこで開かれた？', '第4回大会は港町で開かれました。')).toBe(true);
    expect(other('2030年の目標は何ですか？', '2028年までに排出量を半減させる目標です。')).toBe(true);
    expect(other('3号機の出力は？', '1号機と2号機はすでに稼働しています。')).toBe(true);
  });

  it('passes a passage stating the number asked, in either width', () => {
    expect(other('第5回大会はどこで開かれた？', '第５回大会は港町で開かれました。')).toBe(false);
    expect(other('3号機の出力は？', '3号機の出力は110万キロワットです。')).toBe(false);
  });

  it('passes a passage with no number of that counter, and a question with no numbered qualifier', () => {
    expect(other('第5回大会はどこで開かれた？', '大会は港町で4日間開かれました。')).toBe(false);
    expect(other('大会はどこで開かれた？', '第4回大会は港町で開かれました。')).toBe(false);
  });
});
