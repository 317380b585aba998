/**
 * An in-memory Kiji for the adapter's unit tests: it cites every passage that
 * contains a word of the question, refuses empty and over-long questions like
 * the real core, and fails on demand. The end-to-end tests use the real core.
 */
import type { Answer, Citation } from '../../src/core/answer.ts';
import type { Kiji } from '../../src/core/kiji.ts';
import { maxQuestionLength } from '../../src/core/kiji.ts';
import type { ArticleSummary } from '../../src/corpus/article.ts';
import { QuestionError } from '../../src/errors.ts';

export interface FakePassage {
  articleId: string;
  title: string;
  url?: string | null;
  section?: string | null;
  text: string;
}

export const defaultPassages: FakePassage[] = [
  {
    articleId: 'g20',
    title: 'G20外相会合で王毅氏とラブロフ氏が会談',
    url: 'https://example.com/g20',
    section: 'ラブロフ氏「ハイレベル交流と実務協力を一段と」',
    text: 'ラブロフ氏は、ロシアとしても中国との連携を一層深めていく意向を表明しました。',
  },
  {
    articleId: 'kl',
    title: '王毅外相「ロシアと戦略協調を強化」',
    url: null,
    section: null,
    text: '王毅外相がロシアのラブロフ外相とクアラルンプールで会談しました。',
  },
];

export interface FakeKiji extends Kiji {
  /** Questions asked, in order. */
  readonly asked: string[];
  /** The next ask with this exact question throws this error. */
  failOn(question: string, error: Error): void;
}

export function createFakeKiji(passages: FakePassage[] = defaultPassages): FakeKiji {
  const asked: string[] = [];
  const failures = new Map<string, Error>();
  return {
    asked,
    failOn(question, error) {
      failures.set(question, error);
    },
    async ask(question, options = {}): Promise<Answer> {
      asked.push(question);
      const trimmed = question.trim();
      if (trimmed === '') throw new QuestionError('empty', maxQuestionLength);
      if (trimmed.length > maxQuestionLength) throw new QuestionError('too_long', maxQuestionLength);
      const failure = failures.get(trimmed);
      if (failure) throw failure;
      const language = /[ぁ-んァ-ン一-龯]/.test(trimmed) ? 'ja' : 'en';
      const words = trimmed.split(/[\s、。？?]+/).filter((word) => word.length > 0);
      const hits = passages.filter((passage) => words.some((word) => passage.text.includes(word)));
      if (hits.length === 0) {
        return { answered: false, question: trimmed, language, reason: `記事に「${trimmed}」の記述は見つかりませんでした。`, missingTerms: words };
      }
      const citations: Citation[] = hits.slice(0, options.top ?? 3).map((passage, index) => ({
        n: index + 1,
        article: { id: passage.articleId, title: passage.title, source: 'example.com', reference: null, url: passage.url ?? null, date: '2025-07-10' },
        section: passage.section ?? null,
        quote: passage.text,
        passage: passage.text,
        passageId: `${passage.articleId}#${index}`,
        score: 1 / (index + 1),
        matchedTerms: words.filter((word) => passage.text.includes(word)),
      }));
      return { answered: true, question: trimmed, language, citations };
    },
    /** Each passage's first words, as the real core would offer its headings. */
    async examples(limit = 4) {
      return passages.slice(0, limit).map((passage) => `${passage.text.split('、')[0]}？`);
    },
    sources(): ArticleSummary[] {
      return passages.map((passage) => ({ id: passage.articleId, title: passage.title, source: 'example.com', reference: null, url: passage.url ?? null, date: null, passages: 1 }));
    },
    problems: () => [],
    reload: async () => ({ articles: passages.length, passages: passages.length, added: 0, changed: 0, removed: 0, problems: [], seconds: 0 }),
    close: async () => {},
  };
}
