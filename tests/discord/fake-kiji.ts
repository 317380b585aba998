/**
 * An in-memory Kiji for unit tests: answers from a fixed table, refuses like
 * the real core (QuestionError), and can be told to fail.
 */
import type { Answer, Citation } from '../../src/core/answer.ts';
import { maxQuestionLength, type Kiji } from '../../src/core/kiji.ts';
import type { ArticleSummary } from '../../src/corpus/article.ts';
import { QuestionError } from '../../src/errors.ts';
import { guessLanguage } from '../../src/adapters/shared/messages.ts';

export interface FakeKiji extends Kiji {
  /** Questions received, in order. */
  asked: string[];
  /** When set, `ask` rejects with it (a core failure). */
  failWith: Error | null;
}

export function createFakeKiji(answers: Record<string, Citation[]> = {}, articles: ArticleSummary[] = []): FakeKiji {
  const fake: FakeKiji = {
    asked: [],
    failWith: null,
    async ask(question) {
      fake.asked.push(question);
      if (fake.failWith) throw fake.failWith;
      const trimmed = question.trim();
      if (trimmed === '') throw new QuestionError('empty', maxQuestionLength);
      if (trimmed.length > maxQuestionLength) throw new QuestionError('too_long', maxQuestionLength);
      const language = guessLanguage(trimmed);
      const citations = answers[trimmed];
      if (citations) return { answered: true, question: trimmed, language, citations } satisfies Answer;
      return { answered: false, question: trimmed, language, reason: '記事には答えが見つかりませんでした。', missingTerms: [] } satisfies Answer;
    },
    examples: async (limit = 4) => Object.keys(answers).slice(0, limit),
    sources: () => articles,
    problems: () => [],
    reload: async () => ({ articles: articles.length, passages: 0, added: 0, changed: 0, removed: 0, problems: [], seconds: 0 }),
    close: async () => {},
  };
  return fake;
}

/** A citation with sensible defaults; override what the test is about. */
export function citation(n: number, overrides: Partial<Citation> = {}, article: Partial<Citation['article']> = {}): Citation {
  return {
    n,
    article: {
      id: `article-${n}`,
      title: `記事${n}のタイトル`,
      source: 'cgtn.com',
      reference: null,
      url: null,
      date: '2025-07-10',
      ...article,
    },
    section: `見出し${n}`,
    quote: `引用${n}の文です。`,
    passage: `引用${n}の文です。前後の文もあります。`,
    passageId: `article-${n}#0`,
    score: 10 - n,
    matchedTerms: ['王毅'],
    ...overrides,
  };
}
