/**
 * What the adapters say besides answers, in Japanese and English. The
 * question's language (from the core's Answer or a quick script check) picks one.
 */
import type { Language } from '../../core/index.ts';
import { QuestionError } from '../../errors.ts';

/** The core's rule, so a refusal and an answer to the same question speak the same language. */
export { detectLanguage as guessLanguage } from '../../core/index.ts';

export const messages = {
  ja: {
    apology: '申し訳ありません。回答の作成中に問題が発生しました。しばらくしてからもう一度お試しください。',
    /** Shown under an apology: what the user quotes when reporting it, and what the logs are searched for. */
    errorId: (id: string) => `エラーID: ${id}`,
    shuttingDown: 'ただいま再起動中のため、質問を受け付けられません。少し待ってからもう一度お試しください。',
    empty: '質問が空です。記事について知りたいことを入力してください。',
    tooLong: (limit: number) => `質問が長すぎます（${limit}文字まで）。短くしてもう一度お試しください。`,
    rateLimited: (seconds: number) => `質問が続いています。${seconds}秒ほど待ってからもう一度お試しください。`,
    sourcesHeading: (count: number) => `読み込んでいる記事（${count}件）`,
    noSources: '記事が読み込まれていません。',
    moreSources: (count: number) => `ほか${count}件の出典は省略しました。`,
    sourcesLabel: '出典',
    /** An answer read with earlier questions: what was taken from them. */
    followUp: (terms: readonly string[]) => `前の質問から${terms.map((term) => `「${term}」`).join('')}を補って答えました。`,
    /** Said above the quotes; Japanese answers need no framing. */
    quotedFrom: null,
  },
  en: {
    apology: 'Sorry, something went wrong while answering. Please try again in a moment.',
    errorId: (id: string) => `Error ID: ${id}`,
    shuttingDown: 'kiji is restarting and cannot take questions right now. Please try again in a moment.',
    empty: 'The question is empty. Ask something about the articles.',
    tooLong: (limit: number) => `That question is too long (at most ${limit} characters). Please shorten it.`,
    rateLimited: (seconds: number) => `You are asking quickly. Please wait about ${seconds} seconds and try again.`,
    sourcesHeading: (count: number) => `Articles loaded (${count})`,
    noSources: 'No articles are loaded.',
    moreSources: (count: number) => `${count} more source(s) left out.`,
    sourcesLabel: 'Sources',
    followUp: (terms: readonly string[]) => `Read with the earlier question: ${terms.map((term) => `"${term}"`).join(', ')}.`,
    quotedFrom: 'The articles are in Japanese; these quotes are verbatim from them:',
  },
} as const;

/**
 * A citation's title as the reader's language wants it: in English, the
 * article's English reference title (Reference(s):) with the Japanese title
 * after it; otherwise the Japanese title alone.
 */
export function citationTitle(article: { title: string; reference: string | null }, language: Language): { title: string; original: string | null } {
  if (language === 'en' && article.reference !== null && article.reference.trim() !== '') return { title: article.reference, original: article.title };
  return { title: article.title, original: null };
}

/** The reply for a failed `ask`: specific for a bad question, a generic apology otherwise. */
export function describeFailure(error: unknown, language: Language): { known: boolean; text: string } {
  const say = messages[language];
  if (error instanceof QuestionError) {
    return { known: true, text: error.problem === 'empty' ? say.empty : say.tooLong(error.limit) };
  }
  return { known: false, text: say.apology };
}
