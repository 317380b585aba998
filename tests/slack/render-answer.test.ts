import { describe, expect, it } from 'vitest';
import type { AnsweredAnswer, Citation, UnansweredAnswer } from '../../src/core/answer.ts';
import { type Block, renderAnswer, renderNotice, shareActionId, slackLimits } from '../../src/adapters/slack/render-answer.ts';

function citation(n: number, overrides: Partial<Citation> = {}, article: Partial<Citation['article']> = {}): Citation {
  return {
    n,
    article: { id: `a${n}`, title: `記事${n}`, source: 'cgtn.com', reference: null, url: `https://example.com/${n}`, date: '2025-07-10', ...article },
    section: `見出し${n}`,
    quote: `引用文${n}です。`,
    passage: `引用文${n}です。`,
    passageId: `a${n}#0`,
    score: 1,
    matchedTerms: [],
    ...overrides,
  };
}

function answered(citations: Citation[], question = '王毅外相は何を話した？'): AnsweredAnswer {
  return { answered: true, question, language: 'ja', citations };
}

/** Every mrkdwn/plain text in the message, flattened. */
function texts(blocks: Block[]): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) {
      const record = value as Record<string, unknown>;
      if (typeof record.text === 'string') found.push(record.text);
      Object.values(record).forEach(walk);
    }
  };
  walk(blocks);
  return found;
}

function sectionText(blocks: Block[]): string {
  const section = blocks.find((block) => block.type === 'section');
  if (section?.type !== 'section' || !section.text) throw new Error('no section');
  return section.text.text;
}

function contextTexts(blocks: Block[]): string[] {
  return blocks.flatMap((block) => (block.type === 'context' ? block.elements.map((element) => ('text' in element ? element.text : '')) : []));
}

describe('renderAnswer', () => {
  it('puts numbered quotes in a section and their sources in a context block', () => {
    const message = renderAnswer(answered([citation(1), citation(2, {}, { url: null, source: null })]));
    expect(sectionText(message.blocks)).toBe('> 引用文1です。 *[1]*\n> 引用文2です。 *[2]*');
    const [sources] = contextTexts(message.blocks);
    expect(sources).toBe('*[1]* <https://example.com/1|記事1> · 見出し1 · cgtn.com · 2025-07-10\n*[2]* 記事2 · 見出し2 · 2025-07-10');
    expect(message.text).toBe('引用文1です。 [1]');
    // verbatim: Slack must not auto-link or auto-mention anything inside article text.
    for (const block of message.blocks) if (block.type === 'section') expect(block.text).toMatchObject({ verbatim: true });
  });

  it('escapes &, < and > in quotes, titles, sections and the question so nothing can ping', () => {
    const hostile = '<!channel> <@U123> & <https://evil.example|click>';
    const message = renderAnswer(
      answered([citation(1, { quote: `${hostile}。`, section: hostile }, { title: hostile, source: hostile })], `${hostile}？`),
      { showQuestion: true, shareable: true },
    );
    const all = [message.text, ...texts(message.blocks)].join('\n');
    expect(all).not.toContain('<!channel>');
    expect(all).not.toContain('<@U123>');
    expect(all).not.toContain('<https://evil');
    expect(all).toContain('&lt;!channel&gt; &lt;@U123&gt; &amp; &lt;https://evil.example|click&gt;');
    // The title stays a link to the article, with its label escaped and no stray `|`.
    expect(contextTexts(message.blocks).join('\n')).toContain('<https://example.com/1|&lt;!channel&gt; &lt;@U123&gt; &amp; &lt;https://evil.example¦click&gt;>');
  });

  it('links only plain http(s) URLs and encodes characters that would end the link early', () => {
    const message = renderAnswer(
      answered([
        citation(1, {}, { url: 'javascript:alert(1)' }),
        citation(2, {}, { url: 'https://example.com/a?x=1&y=<2>|z' }),
      ]),
    );
    const [sources] = contextTexts(message.blocks);
    expect(sources).toContain('*[1]* 記事1 ·');
    expect(sources).toContain('<https://example.com/a?x=1&amp;y=%3C2%3E%7Cz|記事2>');
  });

  it('shortens a quote that alone exceeds a section at a sentence boundary', () => {
    const sentence = '中国とロシアは戦略的な連携を確認しました。';
    const long = sentence.repeat(400);
    const message = renderAnswer(answered([citation(1, { quote: long })]));
    const text = sectionText(message.blocks);
    expect(text.length).toBeLessThanOrEqual(slackLimits.textChars);
    expect(text).toMatch(/しました。… \*\[1\]\*$/);
    expect(text.length).toBeGreaterThan(slackLimits.textChars - sentence.length - 20);
  });

  it('keeps within 3,000 characters and 50 blocks, numbers without gaps and says how many sources were left out', () => {
    const citations = Array.from({ length: 120 }, (_, i) => citation(i + 1, { quote: `${'長い引用です。'.repeat(20)}${i + 1}` }));
    const message = renderAnswer(answered(citations), { showQuestion: true, shareable: true });
    expect(message.blocks.length).toBeLessThanOrEqual(slackLimits.blocks);
    for (const text of texts(message.blocks)) expect(text.length).toBeLessThanOrEqual(slackLimits.textChars);
    const shown = [...sectionText(message.blocks).matchAll(/\*\[(\d+)\]\*/g)].map((match) => Number(match[1]));
    expect(shown.length).toBeGreaterThan(1);
    expect(shown).toEqual(Array.from({ length: shown.length }, (_, i) => i + 1));
    expect(contextTexts(message.blocks)).toContain(`ほか${120 - shown.length}件の出典は省略しました。`);
    // Every quote shown has its source listed, and only those.
    const [, sources] = contextTexts(message.blocks);
    expect(sources?.split('\n')).toHaveLength(shown.length);
  });

  it('says nothing about left-out sources when all fit', () => {
    const message = renderAnswer(answered([citation(1)]));
    expect(contextTexts(message.blocks).join('\n')).not.toContain('省略');
  });

  it('shows the reason, escaped, when the question could not be answered', () => {
    const answer: UnansweredAnswer = {
      answered: false,
      question: 'ワシントン <!here>',
      language: 'ja',
      reason: '記事に「ワシントン <!here>」の記述はありません。',
      missingTerms: ['ワシントン'],
    };
    const message = renderAnswer(answer, { showQuestion: true, shareable: true });
    expect(sectionText(message.blocks)).toBe('記事に「ワシントン &lt;!here&gt;」の記述はありません。');
    expect(message.text).toBe('記事に「ワシントン &lt;!here&gt;」の記述はありません。');
    // Nothing to share when there is no answer.
    expect(message.blocks.some((block) => block.type === 'actions')).toBe(false);
  });

  it('adds a share button carrying the question, labelled in the question language', () => {
    const ja = renderAnswer(answered([citation(1)], '王毅外相は？'), { shareable: true });
    expect(ja.blocks.at(-1)).toEqual({
      type: 'actions',
      elements: [{ type: 'button', action_id: shareActionId, text: { type: 'plain_text', text: 'チャンネルに投稿' }, value: '王毅外相は？' }],
    });
    const en = renderAnswer({ ...answered([citation(1)], 'Who met Lavrov?'), language: 'en' }, { shareable: true });
    expect(JSON.stringify(en.blocks.at(-1))).toContain('Post to channel');
    expect(renderAnswer(answered([citation(1)])).blocks.some((block) => block.type === 'actions')).toBe(false);
  });

  it('names who shared an answer to the channel, and shows the question', () => {
    const message = renderAnswer(answered([citation(1)], '王毅外相は？'), { sharedBy: 'U0SHARER' });
    expect(contextTexts(message.blocks)[0]).toBe('質問: 王毅外相は？ — <@U0SHARER> さんが共有');
    // A user id that is not one cannot smuggle markup in.
    const odd = renderAnswer(answered([citation(1)]), { sharedBy: '!channel' });
    expect(JSON.stringify(odd.blocks)).not.toContain('<!channel>');
  });
});

describe('renderNotice', () => {
  it('shows the text escaped and, for a failure, the request id', () => {
    const message = renderNotice('申し訳ありません <!channel>', { requestId: 'ab12cd34', language: 'ja' });
    expect(sectionText(message.blocks)).toBe('申し訳ありません &lt;!channel&gt;');
    expect(contextTexts(message.blocks)).toEqual(['エラーID: ab12cd34']);
    expect(renderNotice('待ってください').blocks).toHaveLength(1);
  });
});
