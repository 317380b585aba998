/**
 * What kiji is and how to ask it, for /help, the Slack App Home and an empty
 * question: the same words on every platform, each adding its own ways to ask.
 */
import type { Language } from '../../core/index.ts';

export const helpTexts: Record<
  Language,
  {
    what: string;
    followUps: string;
    feedback: string;
    examplesHeading: string;
    noExamples: string;
    emptyQuestion: string;
  }
> = {
  ja: {
    what: 'kiji は読み込んでいる記事だけをもとに質問に答えます。答えとなる文をそのまま引用し、出典（記事・見出し）を番号で示します。記事に書かれていないことには「答えられない」と理由を添えて返します。',
    followUps: '回答のスレッド（Discord では回答への返信）で「それはいつ？」のように続けて聞くと、前の質問を踏まえて答えます。',
    feedback: '回答の 👍／👎 で良し悪しを教えてください。👎 には理由を書けます（任意）。',
    examplesHeading: '質問の例',
    noExamples: '記事が読み込まれていないため、例を出せません。',
    emptyQuestion: '質問が空です。記事について知りたいことを入力してください。例えば:',
  },
  en: {
    what: 'kiji answers questions from the loaded articles only. It quotes the sentences that answer, with numbered sources (article and section), and says why when the articles cannot answer.',
    followUps: 'Ask a follow-up such as "When was that?" in the thread of an answer (on Discord, as a reply to it) and it is read with the earlier question.',
    feedback: 'Tell kiji whether an answer was right with 👍 / 👎; 👎 lets you add a reason (optional).',
    examplesHeading: 'Example questions',
    noExamples: 'No articles are loaded, so there are no examples.',
    emptyQuestion: 'The question is empty. Ask something about the articles, for example:',
  },
};
