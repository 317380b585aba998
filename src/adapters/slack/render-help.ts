/**
 * Help as Slack blocks: what kiji does, the ways to ask it on Slack, and
 * example questions taken from the articles. `/kiji help`, an empty
 * `/kiji` and the App Home all show it.
 */
import type { Language } from '../../core/index.ts';
import { helpTexts } from '../shared/help-texts.ts';
import { escapeMrkdwn } from './mrkdwn.ts';
import type { Block, SlackMessage } from './render-answer.ts';

export const slackWays: Record<Language, string[]> = {
  ja: [
    '`/kiji 質問` — 自分だけに答えます（「チャンネルに投稿」で共有できます）。`/kiji help` でこの説明。',
    'チャンネルで `@kiji 質問` — スレッドで答えます。',
    'kiji へのDM、またはアシスタント画面（サイドパネル）で質問。',
  ],
  en: [
    '`/kiji question` — answered to you only ("Post to channel" shares it). `/kiji help` shows this.',
    '`@kiji question` in a channel — answered in the thread.',
    'A direct message to kiji, or its assistant side panel.',
  ],
};

export function renderHelp(examples: readonly string[], options: { language: Language; empty?: boolean }): SlackMessage {
  const say = helpTexts[options.language];
  const exampleLines = examples.length === 0 ? escapeMrkdwn(say.noExamples) : examples.map((example) => `• ${escapeMrkdwn(example)}`).join('\n');
  const blocks: Block[] = options.empty
    ? [section(escapeMrkdwn(say.emptyQuestion)), section(exampleLines)]
    : [
        section(escapeMrkdwn(say.what)),
        section(slackWays[options.language].map((line) => `• ${line}`).join('\n')),
        section(`${escapeMrkdwn(say.followUps)}\n${escapeMrkdwn(say.feedback)}`),
        section(`*${escapeMrkdwn(say.examplesHeading)}*\n${exampleLines}`),
      ];
  return { text: options.empty ? say.emptyQuestion : say.what, blocks };
}

export function section(text: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: text || ' ', verbatim: true } };
}
