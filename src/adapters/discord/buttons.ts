/**
 * The buttons under an answer and the 👎 reason modal, as the JSON Discord
 * takes. custom_ids are fixed strings (Discord allows 100 characters, too
 * few for a question): a click reads the question from the message it is on.
 */
import { ButtonStyle, ComponentType, TextInputStyle, type APIActionRowComponent, type APIComponentInMessageActionRow, type APIModalInteractionResponseCallbackData } from 'discord.js';
import type { Language } from '../../core/index.ts';
import { maxReasonLength } from '../shared/feedback-log.ts';

export const customIds = {
  voteUp: 'kiji:vote:up',
  voteDown: 'kiji:vote:down',
  share: 'kiji:share',
  /** The modal's id carries the vote it adds a reason to: `kiji:reason:<vote id>`. */
  reasonPrefix: 'kiji:reason:',
  reasonInput: 'reason',
} as const;

export const buttonTexts: Record<Language, { up: string; down: string; share: string; thanks: string; reasonTitle: string; reasonLabel: string; reasonHint: string; sharedBy: (user: string) => string }> = {
  ja: {
    up: '役に立った',
    down: '違う',
    share: 'チャンネルに共有',
    thanks: 'フィードバックありがとうございます。回答の改善に使います。',
    reasonTitle: 'どこが違いましたか（任意）',
    reasonLabel: '理由',
    reasonHint: '例: 正しい答えは別の段落にある／質問の意味を取り違えている',
    sharedBy: (user) => `${user} さんが共有`,
  },
  en: {
    up: 'Helpful',
    down: 'Wrong',
    share: 'Share in channel',
    thanks: 'Thank you for the feedback. It is used to improve the answers.',
    reasonTitle: 'What was wrong? (optional)',
    reasonLabel: 'Reason',
    reasonHint: 'e.g. the right answer is in another paragraph',
    sharedBy: (user) => `shared by ${user}`,
  },
};

export function answerButtons(language: Language, options: { feedback: boolean; shareable: boolean }): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  const say = buttonTexts[language];
  const buttons: APIComponentInMessageActionRow[] = [];
  if (options.feedback) {
    buttons.push(
      { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: customIds.voteUp, label: say.up, emoji: { name: '👍' } },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: customIds.voteDown, label: say.down, emoji: { name: '👎' } },
    );
  }
  if (options.shareable) buttons.push({ type: ComponentType.Button, style: ButtonStyle.Primary, custom_id: customIds.share, label: say.share });
  return buttons.length === 0 ? [] : [{ type: ComponentType.ActionRow, components: buttons }];
}

export function reasonModal(voteId: string, language: Language): APIModalInteractionResponseCallbackData {
  const say = buttonTexts[language];
  return {
    custom_id: `${customIds.reasonPrefix}${voteId}`,
    title: say.reasonTitle,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: customIds.reasonInput,
            label: say.reasonLabel,
            style: TextInputStyle.Paragraph,
            required: false,
            max_length: maxReasonLength,
            placeholder: say.reasonHint.slice(0, 100),
          },
        ],
      },
    ],
  };
}
