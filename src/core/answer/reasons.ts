/** Why the core gives no quote, said in the question's language. */
import type { Language } from '../answer.ts';

export const reasons = {
  ja: {
    missing: (terms: string[]) =>
      `${terms.map((term) => `「${term}」`).join('')}は記事に出てきません。読み込んでいる記事からは、この質問に答えられません。`,
    notFound: '読み込んでいる記事の中に、この質問に答える記述は見つかりませんでした。',
    noTerms: '質問から調べる語を取り出せませんでした。人名・地名・出来事など、具体的な語を含めて質問してください。',
    opinion: '記事に書かれている事実は引用できますが、意見や予想にはお答えできません。記事が何を伝えているかを質問してください。',
  },
  en: {
    missing: (terms: string[]) =>
      `The articles (which are in Japanese) never mention ${[...new Set(terms)].map((term) => `"${term}"`).join(', ')}, so they cannot answer this question.`,
    unmatched: (words: string[]) => `No Japanese word in the articles matched ${[...new Set(words)].map((word) => `"${word}"`).join(', ')}.`,
    notFound: 'Nothing in the loaded articles (which are in Japanese) answers this question.',
    noTerms: 'No searchable words were found in the question. Please name a person, place or event.',
    opinion: 'I can quote what the articles report, but not give opinions or predictions. Ask what the articles say.',
  },
} satisfies Record<Language, unknown>;
