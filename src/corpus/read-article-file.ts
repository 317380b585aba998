/**
 * The one way an article file is read, for the index build and loadCorpus
 * alike: stat, refuse what cannot be an article (too large, empty, binary,
 * not UTF-8), decode, parse. Every refusal is one message naming the file
 * and, where it applies, the line. The stat is taken before the read, so an
 * edit racing the read leaves a newer mtime behind and is caught next time.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CorpusFileError } from '../errors.ts';
import type { Article } from './article.ts';
import { parseArticle } from './parse-article.ts';

/** Larger files are refused: an article is a few kB, a 2 MB "article" is a mistake. */
export const maxArticleBytes = 2 * 1024 * 1024;

export interface ArticleFile {
  /** Relative to the corpus folder, as listArticleFiles gives it. */
  path: string;
  /** From the stat before the read; -1 when even the stat failed. */
  size: number;
  mtimeMs: number;
  /** The bytes as read; null when the file was refused unread or could not be read. */
  bytes: Uint8Array | null;
  article: Article | null;
  /** Why there is no article, naming the file (and line); null when there is one. */
  problem: string | null;
}

/** Never throws: a bad file is a problem to report, not a reason to stop. */
export async function readArticleFile(dir: string, path: string): Promise<ArticleFile> {
  const file: ArticleFile = { path, size: -1, mtimeMs: -1, bytes: null, article: null, problem: null };
  try {
    const info = await stat(join(dir, path)).catch(cannotRead(path));
    file.size = info.size;
    file.mtimeMs = info.mtimeMs;
    if (info.size > maxArticleBytes) {
      throw new CorpusFileError(path, null, `is ${formatMb(info.size)}, over the ${formatMb(maxArticleBytes)} limit for one article`);
    }
    file.bytes = await readFile(join(dir, path)).catch(cannotRead(path));
    file.article = parseArticle(decodeArticleBytes(file.bytes, path), path);
  } catch (error) {
    file.problem = error instanceof CorpusFileError ? error.message : `${path}: could not be parsed (${error instanceof Error ? error.message : String(error)})`;
  }
  return file;
}

/** A file's bytes as they are now, with its size and time (to hash a file whose size or time changed). */
export async function readArticleBytes(dir: string, path: string): Promise<{ size: number; mtimeMs: number; bytes: Uint8Array }> {
  const info = await stat(join(dir, path)).catch(cannotRead(path));
  const bytes = await readFile(join(dir, path)).catch(cannotRead(path));
  return { size: info.size, mtimeMs: info.mtimeMs, bytes };
}

function cannotRead(path: string) {
  return (cause: unknown): never => {
    throw new CorpusFileError(path, null, `cannot be read (${describe(cause)})`, { cause });
  };
}

function decodeArticleBytes(bytes: Uint8Array, displayName: string): string {
  if (bytes.length === 0) throw new CorpusFileError(displayName, null, 'is empty');
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new CorpusFileError(displayName, lineAt(bytes, nul), 'looks binary (contains a NUL byte), not an article text file');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new CorpusFileError(displayName, lineAt(bytes, firstInvalidUtf8(bytes)), 'is not valid UTF-8 (save it as UTF-8)', { cause });
  }
  if (text.trim() === '') throw new CorpusFileError(displayName, null, 'is empty (only whitespace)');
  return text.replace(/^\uFEFF/, '');
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i += 1) if (bytes[i] === 0x0a) line += 1;
  return line;
}

/** Offset of the first byte that breaks UTF-8, found by decoding a growing prefix line by line. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return start;
    }
    start = end + 1;
  }
  return 0;
}

function describe(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : String(error);
}

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
