/** Sentences and passages: the units that are cited and quoted. */
import { describe, expect, it } from 'vitest';
import { parseTextArticle } from '../../src/corpus/parse-text-article.ts';
import { splitSentences } from '../../src/corpus/split-sentences.ts';
import { toPassages } from '../../src/corpus/to-passages.ts';

describe('splitSentences', () => {
  it('ends sentences at 。！？ but not inside 「」 or （）', () => {
    expect(splitSentences('彼は「やめろ。もう来るな！」と言った。次に進む。')).toEqual(['彼は「やめろ。もう来るな！」と言った。', '次に進む。']);
    expect(splitSentences('本当か？そうだ！終わり')).toEqual(['本当か？', 'そうだ！', '終わり']);
    expect(splitSentences('Yahoo!ニュースで見た。G7.5とは。')).toEqual(['Yahoo!ニュースで見た。', 'G7.5とは。']);
  });
});

describe('toPassages', () => {
  const article = parseTextArticle(
    [
      '見出しの記事',
      'リードの段落です。二文目です。',
      '協力の中身',
      'ラブロフ氏は次の分野を挙げました。',
      '- 経済の協力',
      '- 文化の交流',
      '三つのポイント',
      '- 第一の点',
      '第一の点の説明です。',
      'Reference(s):',
      'A test',
      'example.com',
    ].join('\n'),
    'test',
    'test.txt',
  );
  const passages = toPassages(article);

  it('makes each paragraph a passage, with its section and position', () => {
    expect(passages[0]).toMatchObject({ id: 'test#0', heading: null, sentences: ['リードの段落です。', '二文目です。'], position: 0 });
  });

  it('keeps a list with the paragraph that introduces it, one sentence per bullet', () => {
    expect(passages[1]).toMatchObject({
      heading: '協力の中身',
      sentences: ['ラブロフ氏は次の分野を挙げました。', '経済の協力', '文化の交流'],
      text: 'ラブロフ氏は次の分野を挙げました。\n・経済の協力\n・文化の交流',
    });
  });

  it('makes a lone bullet the title of the paragraph after it', () => {
    expect(passages[2]?.sentences).toEqual(['第一の点', '第一の点の説明です。']);
    expect(passages).toHaveLength(3);
  });

  it('cuts an overlong paragraph at sentence boundaries', () => {
    const long = parseTextArticle(`長い記事\n${'これは長い段落の一文です。'.repeat(120)}\n`, 'long', 'long.txt');
    const pieces = toPassages(long);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.text.length).toBeLessThanOrEqual(800);
    expect(pieces.map((piece) => piece.text).join('')).toBe('これは長い段落の一文です。'.repeat(120));
  });
});
