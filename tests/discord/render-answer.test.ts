import { describe, expect, it } from 'vitest';
import type { AnsweredAnswer, Answer } from '../../src/core/answer.ts';
import { discordLimits } from '../../src/adapters/discord/limits.ts';
import { renderAnswer } from '../../src/adapters/discord/render-answer.ts';
import { embedSize } from '../../src/adapters/discord/reply.ts';
import { citation } from '../support/fake-kiji.ts';

function answered(citations: AnsweredAnswer['citations'], question = '王毅外相はどこで会談しましたか'): Answer {
  return { answered: true, question, language: 'ja', citations };
}

function onlyEmbed(answer: Answer) {
  const reply = renderAnswer(answer);
  expect(reply.embeds).toHaveLength(1);
  const embed = reply.embeds[0];
  if (!embed) throw new Error('no embed');
  return { reply, embed, description: embed.description ?? '' };
}

describe('renderAnswer', () => {
  it('quotes each citation with its number, then lists the sources', () => {
    const { reply, embed, description } = onlyEmbed(
      answered([
        citation(1, { quote: '王毅外相がクアラルンプールで会談しました。' }, { title: 'クアラルンプール会談', url: 'https://example.com/kl' }),
        citation(2, { quote: 'ヨハネスブルクで会談しました。', section: null }, { title: 'G20外相会合' }),
      ]),
    );
    expect(embed.title).toBe('王毅外相はどこで会談しましたか');
    expect(description).toContain('> 王毅外相がクアラルンプールで会談しました。 [1]');
    expect(description).toContain('> ヨハネスブルクで会談しました。 [2]');
    expect(description).toContain('**出典**');
    expect(description).toContain('[1] [クアラルンプール会談](https://example.com/kl) · 見出し1 · cgtn.com · 2025-07-10');
    // No url: the title is shown, not linked; a lead passage (section null) shows no section.
    expect(description).toContain('[2] **G20外相会合** · cgtn.com · 2025-07-10');
    expect(description.indexOf('[1]')).toBeLessThan(description.indexOf('**出典**'));
    expect(embed.footer).toBeUndefined();
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(reply.content).toBeUndefined();
  });

  it('uses English labels for an English answer', () => {
    const { description } = onlyEmbed({ answered: true, question: 'Where did they meet?', language: 'en', citations: [citation(1)] });
    expect(description).toContain('**Sources**');
  });

  it("shows the core's reason when the articles do not answer", () => {
    const { embed } = onlyEmbed({
      answered: false,
      question: '東京の天気は？',
      language: 'ja',
      reason: '記事には「天気」についての記述がありません。',
      missingTerms: ['天気'],
    });
    expect(embed.description).toBe('記事には「天気」についての記述がありません。');
    expect(embed.title).toBe('東京の天気は？');
  });

  it('drops the weakest citations when the answer would not fit, and says how many', () => {
    const longQuote = '中国とロシアは戦略協調を強化すると述べました。'.repeat(40); // ~920 characters, under the per-quote cap
    const citations = Array.from({ length: 8 }, (_, i) => citation(i + 1, { quote: longQuote }));
    const { embed, description } = onlyEmbed(answered(citations));
    expect(description.length).toBeLessThanOrEqual(discordLimits.embedDescription);
    expect(embedSize(embed)).toBeLessThanOrEqual(discordLimits.embedsTotal);
    const shown = [...description.matchAll(/^> .* \[(\d)\]$/gm)].map((match) => Number(match[1]));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(shown.map((_, i) => i + 1)); // best first, none skipped
    expect(embed.footer?.text).toBe(`ほか${8 - shown.length}件の出典は省略しました。`);
    // The sources list matches the quotes shown.
    expect(description).toContain(`[${shown.length}] **記事${shown.length}のタイトル**`);
    expect(description).not.toContain(`[${shown.length + 1}] **`);
  });

  it('cuts an over-long quote at a sentence boundary', () => {
    const sentence = '王毅外相は対話と交渉こそが根本的な道だと強調しました。';
    const { description } = onlyEmbed(answered([citation(1, { quote: sentence.repeat(200) })]));
    const quote = description.split('\n')[0] ?? '';
    expect(quote).toMatch(/^> (王毅外相は対話と交渉こそが根本的な道だと強調しました。)+… \[1\]$/);
    expect(description.length).toBeLessThanOrEqual(discordLimits.embedDescription);
  });

  it('keeps the echoed question from pinging, formatting or hiding text', () => {
    const hostile = `@everyone <@&123456789012345678> **太字** \u202e逆順\u0007\n次の行 ${'あ'.repeat(400)}`;
    const { embed, reply } = onlyEmbed(answered([citation(1)], hostile));
    const title = embed.title ?? '';
    expect(title.length).toBeLessThanOrEqual(discordLimits.embedTitle);
    expect(title).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u);
    expect(title).not.toContain('@everyone');
    expect(title).not.toContain('<@&');
    expect(title).toContain('\\*\\*太字\\*\\*');
    expect(reply.allowedMentions.parse).toEqual([]);
  });

  it('keeps a multi-line quote inside the block quote', () => {
    const { description } = onlyEmbed(answered([citation(1, { quote: '一行目。\n二行目。' })]));
    expect(description.startsWith('> 一行目。\n> 二行目。 [1]')).toBe(true);
  });

  it('never links a URL that is not http(s), and cannot be broken out of by brackets', () => {
    const { description } = onlyEmbed(
      answered([citation(1, {}, { title: 'a](https://evil.example) [b', url: 'javascript:alert(1)' })]),
    );
    expect(description).not.toContain('javascript:');
    expect(description).toContain('**a\\](https://evil.example) \\[b**');
  });
});
