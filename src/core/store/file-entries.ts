/**
 * The cache's file list checked by hand instead of by zod: the same shape
 * as `z.array(z.object({ path, size, … article: ArticleHeaderSchema.nullable() }))`
 * (unknown keys dropped, the header rebuilt in its schema's order), at
 * ~2 ms for 10,000 files where zod took ~50 ms of a cold start.
 * tests/core/file-entries.test.ts holds the two to the same verdicts.
 */
import type { ArticleHeader } from '../../corpus/article.ts';

export interface FileEntry {
  path: string;
  size: number;
  mtimeMs: number;
  hash: string;
  problem: string | null;
  article: ArticleHeader | null;
  passages: number;
}

/** Throws an Error naming the first entry and field out of shape. */
export function fileEntriesOf(json: unknown): FileEntry[] {
  if (!Array.isArray(json)) throw new Error('unexpected files');
  const entries = new Array<FileEntry>(json.length);
  for (let i = 0; i < json.length; i += 1) {
    const raw: unknown = json[i];
    if (typeof raw !== 'object' || raw === null) throw new Error(`unexpected files.${i}`);
    const { path, size, mtimeMs, hash, problem, article, passages } = raw as Record<string, unknown>;
    const bad = (field: string): never => {
      throw new Error(`unexpected files.${i}.${field}`);
    };
    if (typeof path !== 'string' || path.length === 0) bad('path');
    if (typeof size !== 'number' || !Number.isFinite(size)) bad('size');
    if (typeof mtimeMs !== 'number' || !Number.isFinite(mtimeMs)) bad('mtimeMs');
    if (typeof hash !== 'string') bad('hash');
    if (problem !== null && typeof problem !== 'string') bad('problem');
    if (!Number.isSafeInteger(passages) || (passages as number) < 0) bad('passages');
    entries[i] = {
      path: path as string,
      size: size as number,
      mtimeMs: mtimeMs as number,
      hash: hash as string,
      problem: problem as string | null,
      article: article === null ? null : headerOf(article, (field) => bad(`article.${field}`)),
      passages: passages as number,
    };
  }
  return entries;
}

function headerOf(raw: unknown, bad: (field: string) => never): ArticleHeader {
  if (typeof raw !== 'object' || raw === null) return bad('');
  const { id, title, source, reference, url, date } = raw as Record<string, unknown>;
  const text = (value: unknown, field: string): string => (typeof value === 'string' && value.length > 0 ? value : bad(field));
  const optional = (value: unknown, field: string): string | null => (value === null ? null : text(value, field));
  return {
    id: text(id, 'id'),
    title: text(title, 'title'),
    source: optional(source, 'source'),
    reference: optional(reference, 'reference'),
    url: optional(url, 'url'),
    date: date === null ? null : typeof date === 'string' ? date : bad('date'),
  };
}

/** A JSON array of strings (the headings, the tokens), checked. */
export function stringsOf(json: unknown, what: string): string[] {
  if (!Array.isArray(json)) throw new Error(`unexpected ${what}`);
  for (let i = 0; i < json.length; i += 1) if (typeof json[i] !== 'string') throw new Error(`unexpected ${what}.${i}`);
  return json as string[];
}
