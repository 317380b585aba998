/**
 * Words only the Slack adapter shows (the share button and its labels), in
 * both languages; the shared apologies and limits live in ../shared/messages.ts.
 */
import type { Language } from '../../core/index.ts';

export const slackTexts: Record<
  Language,
  {
    share: string;
    voteUp: string;
    voteDown: string;
    thanks: string;
    reasonTitle: string;
    reasonLabel: string;
    reasonHint: string;
    reasonSubmit: string;
    reasonClose: string;
    question: (escapedQuestion: string) => string;
    sharedBy: (userId: string) => string;
  }
> = {
  ja: {
    share: 'チャンネルに投稿',
    voteUp: '👍 役に立った',
    voteDown: '👎 違う',
    thanks: 'フィードバックありがとうございます。回答の改善に使います。',
    reasonTitle: 'どこが違いましたか',
    reasonLabel: '理由（任意）',
    reasonHint: '例: 正しい答えは別の段落にある／質問の意味を取り違えている',
    reasonSubmit: '送信',
    reasonClose: '理由なしで送る',
    question: (q) => `質問: ${q}`,
    sharedBy: (user) => `<@${user}> さんが共有`,
  },
  en: {
    share: 'Post to channel',
    voteUp: '👍 Helpful',
    voteDown: '👎 Wrong',
    thanks: 'Thank you for the feedback. It is used to improve the answers.',
    reasonTitle: 'What was wrong?',
    reasonLabel: 'Reason (optional)',
    reasonHint: 'e.g. the right answer is in another paragraph',
    reasonSubmit: 'Send',
    reasonClose: 'Send without reason',
    question: (q) => `Question: ${q}`,
    sharedBy: (user) => `shared by <@${user}>`,
  },
};
