/**
 * The cache's file list is checked by hand (file-entries.ts) where zod once
 * did it; both must take and refuse the same lists, and give the same values.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ArticleHeaderSchema } from '../../src/corpus/article.ts';
import { fileEntriesOf, stringsOf } from '../../src/core/store/file-entries.ts';

const filesSchema = z.array(
  z.object({
    path: z.string().min(1),
    size: z.number(),
    mtimeMs: z.number(),
    hash: z.string(),
    problem: z.string().nullable(),
    article: ArticleHeaderSchema.nullable(),
    passages: z.number().int().nonnegative(),
  }),
);

const header = { id: 'news/a', title: '見出し', source: 'cgtn.com', reference: null, url: 'https://example.com/a', date: '2025-07-10' };
const entry = { path: 'news/a.txt', size: 120, mtimeMs: 1_700_000_000_000.5, hash: 'ab12', problem: null, article: header, passages: 3 };

const variants: [string, unknown][] = [
  ['a sound entry', [entry]],
  ['a refused file', [{ ...entry, problem: 'news/a.txt:1: empty', article: null, passages: 0 }]],
  ['an empty list', []],
  ['extra keys (dropped)', [{ ...entry, extra: 1, article: { ...header, extra: 2 } }]],
  ['headers with nulls', [{ ...entry, article: { ...header, source: null, url: null, date: null } }]],
  ['not a list', { files: [] }],
  ['a null entry', [null]],
  ['an empty path', [{ ...entry, path: '' }]],
  ['a size as text', [{ ...entry, size: '120' }]],
  ['no mtime', [{ ...entry, mtimeMs: undefined }]],
  ['a numeric hash', [{ ...entry, hash: 12 }]],
  ['a problem as a number', [{ ...entry, problem: 1 }]],
  ['fractional passages', [{ ...entry, passages: 1.5 }]],
  ['negative passages', [{ ...entry, passages: -1 }]],
  ['an article as text', [{ ...entry, article: 'news/a' }]],
  ['an empty title', [{ ...entry, article: { ...header, title: '' } }]],
  ['an empty source', [{ ...entry, article: { ...header, source: '' } }]],
  ['a missing reference', [{ ...entry, article: { ...header, reference: undefined } }]],
  ['an empty date (allowed)', [{ ...entry, article: { ...header, date: '' } }]],
  ['a numeric date', [{ ...entry, article: { ...header, date: 20250710 } }]],
];

describe('file entries of the cache', () => {
  for (const [what, json] of variants) {
    it(`agrees with the zod schema on ${what}`, () => {
      const expected = filesSchema.safeParse(json);
      if (expected.success) {
        const entries = fileEntriesOf(json);
        expect(entries).toEqual(expected.data);
        // The same key order as zod's output, so anything that prints an entry prints it alike.
        expect(entries.map((entry) => [Object.keys(entry), Object.keys(entry.article ?? {})])).toEqual(expected.data.map((entry) => [Object.keys(entry), Object.keys(entry.article ?? {})]));
      } else {
        expect(() => fileEntriesOf(json)).toThrow(/^unexpected files/);
      }
    });
  }

  it('knows every field of the article header schema (a new one must be checked here too)', () => {
    const [entry] = fileEntriesOf([{ path: 'a.txt', size: 1, mtimeMs: 1, hash: '', problem: null, article: header, passages: 1 }]);
    expect(Object.keys(entry?.article ?? {})).toEqual(Object.keys(ArticleHeaderSchema.shape));
  });

  it('checks lists of strings', () => {
    expect(stringsOf(['a', ''], 'tokens')).toEqual(['a', '']);
    expect(() => stringsOf(['a', 1], 'tokens')).toThrow('unexpected tokens.1');
    expect(() => stringsOf('a', 'headings')).toThrow('unexpected headings');
  });
});
