import { describe, expect, it } from 'vitest';
import { discordLimits } from '../../src/adapters/discord/limits.ts';
import { renderSources } from '../../src/adapters/discord/render-sources.ts';
import { messages } from '../../src/adapters/shared/messages.ts';
import type { ArticleSummary } from '../../src/corpus/article.ts';

const article = (i: number, overrides: Partial<ArticleSummary> = {}): ArticleSummary => ({
  id: `a${i}`,
  title: `記事${i}`,
  source: 'cgtn.com',
  reference: null,
  url: null,
  date: null,
  passages: 3,
  ...overrides,
});

describe('renderSources', () => {
  it('lists each article, linking the ones with a URL', () => {
    const reply = renderSources([article(1, { url: 'https://example.com/1', date: '2025-07-10' }), article(2)], 'ja');
    expect(reply.embeds[0]).toEqual({
      title: '読み込んでいる記事（2件）',
      description: '• [記事1](https://example.com/1) · cgtn.com · 2025-07-10\n• 記事2 · cgtn.com',
    });
    expect(reply.allowedMentions).toEqual({ parse: [] });
  });

  it('says so when nothing is loaded', () => {
    expect(renderSources([], 'en')).toEqual({ content: messages.en.noSources, embeds: [], allowedMentions: { parse: [] } });
  });

  it('stops at the embed limit and counts the rest', () => {
    const many = Array.from({ length: 500 }, (_, i) => article(i, { title: `とても長い記事のタイトル${i}`.repeat(3) }));
    const embed = renderSources(many, 'ja').embeds[0];
    const lines = (embed?.description ?? '').split('\n');
    expect((embed?.description ?? '').length).toBeLessThanOrEqual(discordLimits.embedDescription);
    expect(lines.length).toBeLessThan(500);
    expect(embed?.footer?.text).toBe(messages.ja.moreSources(500 - lines.length));
  });
});
