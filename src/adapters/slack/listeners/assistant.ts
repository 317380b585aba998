/**
 * Slack's assistant surface (the side panel), through Bolt's Assistant. A
 * new assistant thread gets a greeting and suggested prompts built from the
 * articles' headings; each message in it shows 「記事を探しています…」 while
 * kiji answers (Slack clears the status when the reply is posted), is read
 * with the thread's earlier questions, fetched from Slack each time, and is
 * answered in the thread. The thread's context (which channel the user is
 * looking at) is not used, so nothing about it is stored: the context store
 * is a no-op, not Bolt's default in-memory one.
 */
import { Assistant, type App } from '@slack/bolt';
import type { Language } from '../../../core/index.ts';
import { guessLanguage } from '../../shared/messages.ts';
import { shortenAtSentence } from '../../shared/shorten.ts';
import { questionFromSlackText } from '../mrkdwn.ts';
import { renderOutcome } from '../render-outcome.ts';
import { answerMetadata, threadQuestions } from '../thread-questions.ts';
import { type ListenerDeps, deliver, userKey } from './deps.ts';

export const assistantTexts: Record<Language, { greeting: string; promptsTitle: string; status: string }> = {
  ja: {
    greeting: 'こんにちは。読み込んでいる記事について質問してください。答えとなる文を引用し、出典を示します。続けて「それはいつ？」のように聞くこともできます。',
    promptsTitle: '例えばこんな質問',
    status: '記事を探しています…',
  },
  en: {
    greeting: 'Hello. Ask about the loaded articles: kiji quotes the sentences that answer, with their sources. Follow-ups such as "When was that?" work too.',
    promptsTitle: 'For example',
    status: 'Searching the articles…',
  },
};

/** Slack shows at most four suggested prompts. */
const maxPrompts = 4;

export function registerAssistant(app: App, { askSafely, once, logger, kiji, feedback }: ListenerDeps): void {
  const assistant = new Assistant({
    threadContextStore: { get: async () => ({}), save: async () => {} },
    threadStarted: async ({ event, client, setSuggestedPrompts }) => {
      const { channel_id: channel, thread_ts } = event.assistant_thread;
      const say = assistantTexts.ja;
      await deliver(logger, 'assistant', 'assistant', () => client.chat.postMessage({ channel, thread_ts, text: say.greeting }));
      const examples = await kiji.examples(maxPrompts);
      if (examples.length === 0) return;
      await deliver(logger, 'assistant', 'assistant', () =>
        setSuggestedPrompts({ title: say.promptsTitle, prompts: examples.map((example) => ({ title: shortenAtSentence(example, 40), message: example })) }),
      );
    },
    // Which channel the user has open is not needed to answer from the articles.
    threadContextChanged: async () => {},
    userMessage: async ({ message, body, context, client, setStatus, setTitle }) => {
      if (!('text' in message) || !('thread_ts' in message) || message.thread_ts === undefined || !('user' in message) || message.user === undefined) return;
      if (('bot_id' in message && message.bot_id !== undefined) || message.user === context.botUserId) return;
      if (!once.first([`message:${message.channel}:${message.ts}`])) return;
      const question = questionFromSlackText(message.text ?? '', context.botUserId);
      const say = assistantTexts[guessLanguage(question)];
      await setStatus(say.status).catch((error: unknown) => logger.warn('could not set the assistant status', { error }));
      const earlier = await threadQuestions(client, { channel: message.channel, threadTs: message.thread_ts, before: message.ts, botUserId: context.botUserId, mentionsOnly: false }, logger);
      if (earlier.length === 0) await setTitle(shortenAtSentence(question, 60)).catch((error: unknown) => logger.warn('could not set the thread title', { error }));
      const outcome = await askSafely({ question, user: userKey('team_id' in body ? String(body.team_id) : undefined, message.user), via: 'assistant', context: earlier });
      await deliver(logger, outcome.requestId, 'assistant', () =>
        client.chat.postMessage({
          channel: message.channel,
          thread_ts: message.thread_ts,
          unfurl_links: false,
          unfurl_media: false,
          ...renderOutcome(outcome, { feedback: feedback !== null }),
          ...(outcome.kind === 'answer' ? { metadata: answerMetadata(outcome.answer.question, outcome.answer.answered ? outcome.answer.usedContext?.readAs : undefined) } : {}),
        }),
      );
    },
  });
  app.assistant(assistant);
}
