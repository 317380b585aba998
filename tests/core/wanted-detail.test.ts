/** The detail a question's wording asks for, as patterns a sentence must match (wanted-detail.ts). */
import { beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../src/core/analysis/analyzer.ts';
import { createSynonymTable, defaultSynonyms } from '../../src/core/analysis/synonyms.ts';
import { loadTokenizer } from '../../src/core/analysis/tokenizer.ts';
import { wantedDetails } from '../../src/core/answer/wanted-detail.ts';
import { analyzeQuestion } from '../../src/core/question/question.ts';

let analyzer: Analyzer;
const synonyms = createSynonymTable(defaultSynonyms);
const holds = (question: string, sentence: string) => wantedDetails(analyzeQuestion(question, analyzer, synonyms)).every((detail) => detail.test(sentence));
beforeAll(async () => {
  analyzer = createAnalyzer(await loadTokenizer());
});

describe('wanted details', () => {
  it('takes the sentence spelling out an abbreviation for its formal name, whichever side the brackets are', () => {
    expect(holds('発改委って正式には何という組織？', '議長は国家発展改革委員会（発改委）の主任が務めました。')).toBe(true);
    expect(holds('ACFTAの正式な名前は何ですか？', '中国・ASEAN自由貿易協定（ACFTA）を高度化する。')).toBe(true);
    expect(holds('ACFTAの正式な名前は何ですか？', 'ACFTAは2010年に全面的に発効しました。')).toBe(false);
  });

  it("takes the sentence writing a person's office against the name for their title", () => {
    expect(holds('ジョセフ・キプロノ氏の肩書きは？', 'ケニアのジョセフ・キプロノ財務・経済計画相は記者会見で説明しました。')).toBe(true);
    expect(holds('ジョセフ・キプロノ氏の肩書きは？', 'キプロノ氏はまた融資について強調しました。')).toBe(false);
  });

  it('reads what an English question asks from its English words, which its translation loses', () => {
    const english = (text: string, translation: string) => ({ ...analyzeQuestion(translation, analyzer, synonyms), text, language: 'en' as const });
    const said = wantedDetails(english('What did Lavrov say at the meeting?', 'ラブロフ、会合。何？'));
    expect(said.some((detail) => detail.test('ラブロフ外相は「協力を深める」と述べました。'))).toBe(true);
    expect(said.every((detail) => detail.test('会合は2時間続きました。'))).toBe(false);
    expect(wantedDetails(english('What is the new drone called?', '新しい、ドローン。何？'))).toHaveLength(1);
    expect(wantedDetails(english('Where did they meet?', '会う。どこ？'))).toEqual([]);
  });

  it('asks nothing of a plain question', () => {
    expect(wantedDetails(analyzeQuestion('会談はどこで行われた？', analyzer, synonyms))).toEqual([]);
  });
});
