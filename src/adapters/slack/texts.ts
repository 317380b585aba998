/**
 * Words only the Slack adapter shows (the share button and its labels), in
 * both languages; the shared apologies and limits live in ../shared/messages.ts.
 */
import type { Language } from '../../core/index.ts';

export const slackTexts: Record<
  Language,
  {
    share: string;
    question: (escapedQuestion: string) => string;
    sharedBy: (userId: string) => string;
  }
> = {
  ja: {
    share: 'チャンネルに投稿',
    question: (q) => `質問: ${q}`,
    sharedBy: (user) => `<@${user}> さんが共有`,
  },
  en: {
    share: 'Post to channel',
    question: (q) => `Question: ${q}`,
    sharedBy: (user) => `shared by <@${user}>`,
  },
};
