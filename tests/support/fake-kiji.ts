/**
 * The one in-memory Kiji for adapter tests (the end-to-end tests use the
 * real core). It refuses empty and over-long questions as the real core does
 * (QuestionError); answers a question listed in `answers` with exactly those
 * citations; otherwise cites every passage holding a word of the question;
 * and fails on demand, for every question (`failWith`) or for one (`failOn`).
 */
import { detectLanguage, maxQuestionLength, type Answer, type ArticleSummary, type Citation, type Kiji } from '../../src/core/index.ts';
import { QuestionError } from '../../src/errors.ts';

export interface FakePassage {
  articleId: string;
  title: string;
  url?: string | null;
  section?: string | null;
  text: string;
}

/** Two passages in the spirit of the bundled articles. */
export const samplePassages: FakePassage[] = [
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

export interface FakeKijiOptions {
  /** Exact (trimmed) question → the citations to answer it with. */
  answers?: Record<string, Citation[]>;
  /** Searched word by word for questions not in `answers` (default: none, so they go unanswered). */
  passages?: FakePassage[];
  /** What `sources()` lists (default: one entry per passage). */
  articles?: ArticleSummary[];
}

export interface FakeKiji extends Kiji {
  /** Questions received, in order. */
  readonly asked: string[];
  /** When set, every `ask` rejects with it (a core failure). */
  failWith: Error | null;
  /** Asking this exact question rejects with this error. */
  failOn(question: string, error: Error): void;
}

export function createFakeKiji(options: FakeKijiOptions = {}): FakeKiji {
  const passages = options.passages ?? [];
  const failures = new Map<string, Error>();
  const sources = (): ArticleSummary[] =>
    options.articles ??
    passages.map((passage) => ({ id: passage.articleId, title: passage.title, source: 'example.com', reference: null, url: passage.url ?? null, date: null, passages: 1 }));
  const fake: FakeKiji = {
    asked: [],
    failWith: null,
    failOn(question, error) {
      failures.set(question, error);
    },
    async ask(question, askOptions = {}): Promise<Answer> {
      fake.asked.push(question);
      if (fake.failWith) throw fake.failWith;
      const trimmed = question.trim();
      if (trimmed === '') throw new QuestionError('empty', maxQuestionLength);
      if (trimmed.length > maxQuestionLength) throw new QuestionError('too_long', maxQuestionLength);
      const failure = failures.get(trimmed);
      if (failure) throw failure;
      const language = detectLanguage(trimmed);
      const listed = options.answers?.[trimmed];
      if (listed) return { answered: true, question: trimmed, language, citations: listed };
      const words = trimmed.split(/[\s、。？?]+/).filter((word) => word.length > 0);
      const hits = passages.filter((passage) => words.some((word) => passage.text.includes(word)));
      if (hits.length === 0) {
        return { answered: false, question: trimmed, language, reason: `記事に「${trimmed}」の記述は見つかりませんでした。`, missingTerms: words };
      }
      const citations = hits.slice(0, askOptions.top ?? 3).map((passage, index) => ({
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
    /** The listed questions first, then each passage's first words, as the real core would offer its headings. */
    async examples(limit = 4) {
      return [...Object.keys(options.answers ?? {}), ...passages.map((passage) => `${passage.text.split('、')[0]}？`)].slice(0, limit);
    },
    sources,
    problems: () => [],
    reload: async () => ({ articles: sources().length, passages: passages.length, added: 0, changed: 0, removed: 0, problems: [], seconds: 0 }),
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
