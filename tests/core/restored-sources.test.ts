/**
 * A restored state's passages are made when first asked for; the map must
 * still behave as the Map it replaced: the same source each time, passage
 * order when iterated, nothing for an unknown id.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleHeader } from '../../src/corpus/article.ts';
import { restoredSources } from '../../src/core/store/restored-sources.ts';

const article = (id: string): ArticleHeader => ({ id, title: `${id}の記事`, source: null, reference: null, url: null, date: null });

function table() {
  const texts = ['一文目。二文目。', '見出しの段落。', '別の記事。'];
  const starts = Int32Array.of(0, 8, 15, 20);
  return restoredSources({
    ids: ['a#0', 'a#1', 'b#0'],
    articles: [article('a'), article('a'), article('b')],
    text: texts.join(''),
    starts,
    positions: Int32Array.of(0, 1, 0),
    headings: Int32Array.of(-1, 0, -1),
    headingTexts: ['見出し'],
    boundsOffsets: Int32Array.of(0, 4, 6, 8),
    bounds: Int32Array.of(0, 4, 4, 8, 0, 7, 0, 5),
  });
}

describe('restored sources', () => {
  it('makes each passage from the tables, once', () => {
    const sources = table();
    const first = sources.get('a#0');
    expect(first?.passage).toEqual({ id: 'a#0', articleId: 'a', heading: null, text: '一文目。二文目。', sentences: ['一文目。', '二文目。'], position: 0 });
    expect(sources.get('a#0')).toBe(first);
    expect(sources.get('a#1')?.passage).toMatchObject({ heading: '見出し', text: '見出しの段落。', sentences: ['見出しの段落。'], position: 1 });
    expect(sources.get('b#0')?.article.id).toBe('b');
    expect(sources.get('c#0')).toBeUndefined();
    expect(sources.has('b#0') && !sources.has('c#0')).toBe(true);
  });

  it('refuses a table whose passage ids repeat', () => {
    const sources = () => restoredSources({ ids: ['a#0', 'a#0'], articles: [article('a'), article('a')], text: 'ab', starts: Int32Array.of(0, 1, 2), positions: Int32Array.of(0, 0), headings: Int32Array.of(-1, -1), headingTexts: [], boundsOffsets: Int32Array.of(0, 2, 4), bounds: Int32Array.of(0, 1, 0, 1) });
    expect(sources).toThrow(/unique passage ids/);
  });

  it('iterates in passage order like a Map, and copies into one', () => {
    const sources = table();
    expect(sources.size).toBe(3);
    expect([...sources.keys()]).toEqual(['a#0', 'a#1', 'b#0']);
    expect([...sources.values()].map(({ passage }) => passage.text)).toEqual(['一文目。二文目。', '見出しの段落。', '別の記事。']);
    const copy = new Map(sources);
    expect([...copy.keys()]).toEqual(['a#0', 'a#1', 'b#0']);
    expect(copy.get('a#1')).toBe(sources.get('a#1'));
    const seen: string[] = [];
    sources.forEach((source, id, map) => {
      expect(map).toBe(sources);
      seen.push(`${id}:${source.passage.position}`);
    });
    expect(seen).toEqual(['a#0:0', 'a#1:1', 'b#0:0']);
  });
});
