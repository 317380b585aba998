/**
 * Reads one article file as text, refusing what cannot be an article: empty,
 * too large, binary or not UTF-8. Each refusal names the file and, where it
 * applies, the line.
 */
import { readFile, stat } from 'node:fs/promises';
import { CorpusFileError } from '../errors.ts';

/** Larger files are refused: an article is a few kB, a 2 MB "article" is a mistake. */
export const maxArticleBytes = 2 * 1024 * 1024;

export async function readArticleFile(path: string, displayName: string): Promise<string> {
  const info = await stat(path).catch((cause: unknown) => {
    throw new CorpusFileError(displayName, null, `cannot be read (${describe(cause)})`, { cause });
  });
  if (info.size > maxArticleBytes) {
    throw new CorpusFileError(displayName, null, `is ${formatMb(info.size)}, over the ${formatMb(maxArticleBytes)} limit for one article`);
  }
  const bytes = await readFile(path).catch((cause: unknown) => {
    throw new CorpusFileError(displayName, null, `cannot be read (${describe(cause)})`, { cause });
  });
  return decodeArticleBytes(bytes, displayName);
}

export function decodeArticleBytes(bytes: Uint8Array, displayName: string): string {
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
