/**
 * Reads, fingerprints, parses and analyses one article file: the unit of
 * work of every (re)build, on the main thread or in a worker. The stat is
 * taken before the read, so an edit racing the read leaves a newer mtime
 * behind and is caught next time.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArticleText } from '../corpus/load-corpus.ts';
import { decodeArticleBytes, maxArticleBytes } from '../corpus/read-article-file.ts';
import { toPassages } from '../corpus/to-passages.ts';
import { CorpusFileError } from '../errors.ts';
import { analyzePassages } from './analyze-passages.ts';
import type { Analyzer } from './analyzer.ts';
import { headerOf, storePassage, type AnalyzedFile, type FileFingerprint } from './analyzed-file.ts';
import { packAnalysis } from './packed-analysis.ts';
import type { TokenTable } from './token-table.ts';

export async function analyzeFile(corpusDir: string, path: string, analyzer: Analyzer, tokens: TokenTable): Promise<AnalyzedFile> {
  const full = join(corpusDir, path);
  let fingerprint: FileFingerprint = { size: -1, mtimeMs: -1, hash: '' };
  try {
    const info = await stat(full);
    fingerprint = { size: info.size, mtimeMs: info.mtimeMs, hash: '' };
    if (info.size > maxArticleBytes) throw new CorpusFileError(path, null, `is over the ${maxArticleBytes / 1024 / 1024} MB limit for one article`);
    const bytes = await readFile(full);
    fingerprint.hash = hashBytes(bytes);
    const article = parseArticleText(decodeArticleBytes(bytes, path), path);
    const passages = toPassages(article);
    const analyses = analyzePassages(article, passages, analyzer).map((analysis) => packAnalysis(analysis, tokens));
    return { path, fingerprint, article: headerOf(article), problem: null, passages: passages.map(storePassage), analyses };
  } catch (error) {
    const problem =
      error instanceof CorpusFileError ? error.message : `${path}: could not be read or analysed (${error instanceof Error ? error.message : String(error)})`;
    return { path, fingerprint, article: null, problem, passages: [], analyses: [] };
  }
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** The fingerprint of a file as it is now (for files whose size or time changed: did the content?). */
export async function fingerprintFile(full: string): Promise<FileFingerprint> {
  const info = await stat(full);
  const bytes = await readFile(full);
  return { size: info.size, mtimeMs: info.mtimeMs, hash: hashBytes(bytes) };
}
