/**
 * `/help`, an empty question and an empty mention: what kiji does, the ways
 * to ask it on Discord, and example questions taken from the articles. Pure.
 */
import type { Language } from '../../core/index.ts';
import { helpTexts } from '../shared/help-texts.ts';
import type { DiscordReply } from './reply.ts';
import { cleanArticleText } from './sanitize.ts';

const discordWays: Record<Language, string[]> = {
  ja: [
    '`/ask 質問:…` — チャンネルに答えます（`自分だけに表示:True` で自分だけに。共有ボタン付き）',
    'チャンネルで `@kiji 質問` — 返信で答えます。その回答に返信すると続けて質問できます',
    'メッセージを右クリック →「アプリ」→「kijiに聞く」— そのメッセージの文を質問します（自分だけに表示）',
    'kiji へのDM、または kiji を自分のアカウントに追加して、どのDMでも `/ask`',
  ],
  en: [
    '`/ask question:…` — answered in the channel (`private:True` for you only, with a share button)',
    '`@kiji question` in a channel — answered in a reply; reply to that answer to follow up',
    'Right-click a message → Apps → "Ask kiji" — asks the message\'s text (answered to you only)',
    'A DM to kiji, or add kiji to your own account and use `/ask` in any DM',
  ],
};

export function renderHelp(examples: readonly string[], language: Language, options: { empty?: boolean } = {}): DiscordReply {
  const say = helpTexts[language];
  const exampleLines = examples.length === 0 ? say.noExamples : examples.map((example) => `• ${cleanArticleText(example)}`).join('\n');
  const description = options.empty
    ? `${say.emptyQuestion}\n${exampleLines}`
    : [say.what, '', ...discordWays[language].map((line) => `• ${line}`), '', say.followUps, say.feedback, '', `**${say.examplesHeading}**`, exampleLines].join('\n');
  return { embeds: [{ title: 'kiji', description }], allowedMentions: { parse: [] } };
}
