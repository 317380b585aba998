/**
 * Markdown articles as users bring them: YAML front matter for the metadata,
 * `#` headings, `-`/`*`/`1.` bullets, paragraphs over several lines, inline
 * markup reduced to text; and the ways front matter goes wrong.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { parseArticle } from '../../src/corpus/parse-article.ts';
import { CorpusFileError } from '../../src/errors.ts';
import { createTempCorpus, type TempCorpus } from '../support/temp-corpus.ts';

const withFrontMatter = `---
title: "日銀、政策金利を据え置き: 物価の先行きを見極め"
date: 2025-07-31
source: example-news.jp
url: https://example-news.jp/articles/boj-0731
reference: BOJ keeps rates on hold
---
# 本文見出しは節になる

日本銀行は31日まで開いた金融政策決定会合で、
短期の政策金利を**0.5%程度**に据え置くことを決めました。

## 決定のポイント

- 政策金利は[0.5%程度](https://example.com/rate)で維持
* 国債買い入れの減額計画は予定どおり
1. 物価見通しを *小幅に* 引き上げ

> 総裁は記者会見で「賃金と物価の好循環を確認したい」と述べました。
`;

function parse(text: string, file = 'news/boj.md'): Article {
  return parseArticle(text, file);
}

describe('a Markdown article with front matter', () => {
  it('takes title, date, source, url and reference from the front matter', () => {
    const article = parse(withFrontMatter);
    expect(article).toMatchObject({
      id: 'news/boj',
      title: '日銀、政策金利を据え置き: 物価の先行きを見極め',
      date: '2025-07-31',
      source: 'example-news.jp',
      url: 'https://example-news.jp/articles/boj-0731',
      reference: 'BOJ keeps rates on hold',
    });
  });

  it('turns headings into sections (a # heading too, since the title is already known)', () => {
    expect(parse(withFrontMatter).sections.map((section) => section.heading)).toEqual(['本文見出しは節になる', '決定のポイント']);
  });

  it('joins a paragraph written over several lines and drops inline markup', () => {
    expect(parse(withFrontMatter).sections[0]?.blocks).toEqual([
      {
        kind: 'paragraph',
        text: '日本銀行は31日まで開いた金融政策決定会合で、短期の政策金利を0.5%程度に据え置くことを決めました。',
        line: 10,
      },
    ]);
  });

  it('reads -, * and numbered bullets, link text kept, and a block quote as a paragraph', () => {
    expect(parse(withFrontMatter).sections[1]?.blocks.map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: 'bullet', text: '政策金利は0.5%程度で維持' },
      { kind: 'bullet', text: '国債買い入れの減額計画は予定どおり' },
      { kind: 'bullet', text: '物価見通しを 小幅に 引き上げ' },
      { kind: 'paragraph', text: '総裁は記者会見で「賃金と物価の好循環を確認したい」と述べました。' },
    ]);
  });

  it('accepts a quoted date and takes the source from the url when none is given', () => {
    const article = parse('---\ntitle: 見出し\ndate: "2025-01-02"\nurl: https://www.example.org/a\n---\n本文です。\n');
    expect(article.date).toBe('2025-01-02');
    expect(article.source).toBe('www.example.org');
    expect(article.reference).toBeNull();
  });
});

describe('a Markdown article without front matter', () => {
  it('takes the title from the first # heading and the date from the lead', () => {
    const article = parse('# 台風10号が九州に接近\n\n2025年8月29日、台風10号が九州南部に近づきました。\n\n## 交通への影響\n\n新幹線は一部で運転を見合わせています。\n');
    expect(article.title).toBe('台風10号が九州に接近');
    expect(article.date).toBe('2025-08-29');
    expect(article.source).toBeNull();
    expect(article.sections.map((section) => section.heading)).toEqual([null, '交通への影響']);
  });
});

describe('Markdown that cannot be an article', () => {
  const refused = (text: string) => {
    try {
      parse(text, 'bad.md');
    } catch (error) {
      if (error instanceof CorpusFileError) return error;
      throw error;
    }
    throw new Error('parsed without complaint');
  };

  it('refuses a file with no title anywhere, on line 1', () => {
    const error = refused('本文だけがあります。\n\n二つ目の段落です。\n');
    expect(error.message).toBe('bad.md:1: has no title: add `title:` to the front matter or start with a `# ` heading');
  });

  it('refuses front matter that is never closed', () => {
    expect(refused('---\ntitle: 見出し\n本文です。\n').message).toBe('bad.md:1: front matter starts with --- but is never closed');
  });

  it('names the line of invalid YAML', () => {
    const error = refused('---\ntitle: 見出し\ndate: [2025\n---\n本文です。\n');
    expect(error.file).toBe('bad.md');
    expect(error.line).toBeGreaterThanOrEqual(2);
    expect(error.message).toContain('front matter is not valid YAML');
  });

  it('names a front matter field that is wrong', () => {
    expect(refused('---\ntitle: 見出し\nurl: not a url\n---\n本文です。\n').message).toContain('front matter field `url`');
  });

  it('refuses a title with no body', () => {
    expect(refused('---\ntitle: 見出しだけ\n---\n\n').message).toContain('has a title but no body text');
  });
});

describe('Markdown in a corpus folder', () => {
  let corpus: TempCorpus;
  beforeEach(async () => {
    corpus = await createTempCorpus();
  });
  afterEach(async () => {
    await corpus.dispose();
  });

  it('loads .md and .markdown files beside .txt ones, in subfolders too, with ids from their paths', async () => {
    await corpus.write('2025/boj.md', withFrontMatter);
    await corpus.write('typhoon.markdown', '# 台風10号が九州に接近\n\n台風10号が九州南部に近づきました。\n');
    await corpus.write('plain.txt', '見出し\n本文です。\n');
    const loaded = await loadCorpus(corpus.dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.articles.map((article) => article.id)).toEqual(['2025/boj', 'plain', 'typhoon']);
  });
});
