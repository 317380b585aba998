/**
 * The pure halves of the CLI: the plain-text rendering of an Answer and the
 * mapping to the JSON contract, over hand-made Answers (no core), plus how
 * one question is answered when the core refuses or fails.
 */
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/adapters/cli/answer-question.ts';
import { renderAnswerText } from '../../src/adapters/terminal/render-answer.ts';
import type { Answer, Citation, Kiji } from '../../src/core/index.ts';
import { QuestionError } from '../../src/errors.ts';
import { silentLogger, type Logger } from '../../src/logger.ts';

function citation(n: number, overrides: Partial<Citation> = {}): Citation {
  return {
    n,
    article: { id: `a${n}`, title: `記事${n}`, source: 'cgtn.com', reference: `Ref ${n}`, url: `https://example.com/${n}`, date: '2025-07-10' },
    section: `見出し${n}`,
    quote: `引用${n}です。`,
    passage: `前の文です。引用${n}です。後の文です。`,
    passageId: `a${n}#0`,
    score: 10 / n,
    matchedTerms: ['引用'],
    ...overrides,
  };
}

const answered = (citations: Citation[]): Answer => ({ answered: true, question: '質問？', language: 'ja', citations });

/** A Kiji whose ask does what the test says; the rest is never called here. */
function kijiThat(ask: Kiji['ask']): Kiji {
  return { ask, examples: async () => [], sources: () => [], problems: () => [], reload: () => Promise.reject(new Error('unused')), close: async () => {} };
}

describe('renderAnswerText', () => {
  it('quotes in 「」 with [n], then numbered sources with title, section, source and url', () => {
    expect(renderAnswerText(answered([citation(1), citation(2, { section: null, article: { ...citation(2).article, url: null } })]))).toBe(
      [
        '「引用1です。」[1]',
        '「引用2です。」[2]',
        '',
        '出典:',
        '[1] 記事1 / 見出し1 / cgtn.com / https://example.com/1',
        '[2] 記事2 / cgtn.com',
      ].join('\n'),
    );
  });

  it('labels the sources in English for an English question', () => {
    const text = renderAnswerText({ ...answered([citation(1)]), language: 'en' });
    // Framed in English, quotes verbatim, the English reference title first, the Japanese title after it.
    expect(text.split('\n')[0]).toBe('The articles are in Japanese; these quotes are verbatim from them:');
    expect(text).toContain('「引用1です。」[1]');
    expect(text).toContain('\nSources:\n[1] Ref 1 / 記事1');
  });

  it('is the reason alone when unanswered', () => {
    const answer: Answer = { answered: false, question: '北朝鮮は？', language: 'ja', reason: '「北朝鮮」は記事に出てきません。', missingTerms: ['北朝鮮'] };
    expect(renderAnswerText(answer)).toBe('「北朝鮮」は記事に出てきません。');
  });

  it('strips terminal control sequences an article file could carry, keeping line breaks', () => {
    const text = renderAnswerText(answered([citation(1, { quote: '赤字\u001b[31mです。\n・箇条書き' })]));
    expect(text).toContain('「赤字[31mです。\n・箇条書き」[1]');
    expect(text).not.toContain('\u001b');
  });
});

describe('answerQuestion (the JSON contract)', () => {
  it('keeps only the contract fields, caps citations at top, and renders text from the capped answer', async () => {
    const kiji = kijiThat(async () => answered([citation(1), citation(2), citation(3)]));
    const { json, failed } = await answerQuestion(kiji, ' 質問？ ', 2, silentLogger);
    expect(failed).toBe(false);
    expect(json.question).toBe(' 質問？ ');
    expect(json.citations).toEqual([1, 2].map((n) => ({
      n,
      article: { id: `a${n}`, title: `記事${n}`, source: 'cgtn.com', reference: `Ref ${n}`, url: `https://example.com/${n}` },
      section: `見出し${n}`,
      quote: `引用${n}です。`,
      passage: `前の文です。引用${n}です。後の文です。`,
      score: 10 / n,
    })));
    expect(json.text).not.toContain('[3]');
  });

  it('passes top to the core', async () => {
    const seen: unknown[] = [];
    await answerQuestion(kijiThat(async (question, options) => (seen.push(options), answered([citation(1)]))), '質問', 5, silentLogger);
    expect(seen).toEqual([{ top: 5, context: [] }]);
  });

  it('turns a refused question into an unanswered line in the question’s language, not a failure', async () => {
    const kiji = kijiThat(async () => {
      throw new QuestionError('too_long', 1000);
    });
    expect(await answerQuestion(kiji, 'too long', 3, silentLogger)).toEqual({
      json: { question: 'too long', answered: false, language: 'en', text: 'That question is too long (at most 1000 characters). Please shorten it.', citations: [], usedContext: [] },
      failed: false,
    });
  });

  it('turns a core failure into an apology line, logs it, and reports the failure', async () => {
    const logged: string[] = [];
    const logger: Logger = { ...silentLogger, error: (message) => logged.push(message) };
    const result = await answerQuestion(kijiThat(() => Promise.reject(new Error('index exploded'))), '質問', 3, logger);
    expect(result.failed).toBe(true);
    expect(result.json.answered).toBe(false);
    expect(result.json.text).toContain('申し訳ありません');
    expect(logged).toEqual(['could not answer']);
  });
});
