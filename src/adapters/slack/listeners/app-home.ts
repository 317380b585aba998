/**
 * The App Home tab: what kiji does, how to ask it, example questions from
 * the articles and the articles loaded. Published (views.publish) each time
 * someone opens it, so it always shows the corpus as it is now.
 */
import type { App } from '@slack/bolt';
import type { ArticleSummary } from '../../../corpus/article.ts';
import { messages } from '../../shared/messages.ts';
import { shortenAtSentence } from '../../shared/shorten.ts';
import { escapeMrkdwn, mrkdwnLink } from '../mrkdwn.ts';
import type { Block } from '../render-answer.ts';
import { renderHelp, section } from '../render-help.ts';
import type { ListenerDeps } from './deps.ts';

/** A home view holds at most 100 blocks; the article list stops well before. */
const maxArticles = 40;

export function registerAppHome(app: App, { kiji, logger }: ListenerDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    if (event.tab !== 'home') return;
    try {
      await client.views.publish({ user_id: event.user, view: { type: 'home', blocks: homeBlocks(await kiji.examples(), kiji.sources()) } });
    } catch (error) {
      logger.error('could not publish the App Home', { error });
    }
  });
}

export function homeBlocks(examples: readonly string[], articles: readonly ArticleSummary[]): Block[] {
  const say = messages.ja;
  const lines = articles.slice(0, maxArticles).map((article) => {
    const title = mrkdwnLink(article.url !== null && article.url.length <= 500 ? article.url : null, shortenAtSentence(article.title, 150));
    const details = [article.source, article.date?.slice(0, 10) ?? null].filter((part): part is string => part !== null && part !== '').map(escapeMrkdwn);
    return `• ${[title, ...details].join(' · ')}`;
  });
  // One section holds 3,000 characters: whole lines only, the rest counted.
  const listed: string[] = [];
  for (const line of lines) {
    if ([...listed, line].join('\n').length > 2900) break;
    listed.push(line);
  }
  const more = articles.length - listed.length;
  return [
    { type: 'header', text: { type: 'plain_text', text: 'kiji' } },
    ...renderHelp(examples, { language: 'ja' }).blocks,
    { type: 'divider' },
    section(`*${escapeMrkdwn(say.sourcesHeading(articles.length))}*\n${articles.length === 0 ? escapeMrkdwn(say.noSources) : listed.join('\n')}`),
    ...(more > 0 ? [section(escapeMrkdwn(`ほか${more}件`))] : []),
  ];
}
