/**
 * Reads, fingerprints, parses and analyses article files: the unit of work
 * of every (re)build, on the main thread or in a worker. Reading is kept a
 * few files ahead of analysing, so the tokeniser never waits for the disk.
 * The stat is taken before the read, so an edit racing the read leaves a
 * newer mtime behind and is caught next time.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArticleText } from '../../corpus/load-corpus.ts';
import { decodeArticleBytes, maxArticleBytes } from '../../corpus/read-article-file.ts';
import { toPassages } from '../../corpus/to-passages.ts';
import { CorpusFileError } from '../../errors.ts';
import { analyzePassages } from '../analysis/analyze-passages.ts';
import type { Analyzer } from '../analysis/analyzer.ts';
import { headerOf, storePassage, type IngestedFile, type FileFingerprint } from './ingested-file.ts';
import { packAnalysis } from '../engine/packed-analysis.ts';
import type { TokenTable } from '../engine/token-table.ts';

/** Files read ahead of the one being analysed. */
const readAhead = 4;

type ReadResult = { path: string; fingerprint: FileFingerprint; bytes: Uint8Array | null; problem: string | null };

export async function ingestFile(corpusDir: string, path: string, analyzer: Analyzer, tokens: TokenTable): Promise<IngestedFile> {
  return analyzeRead(await readArticle(corpusDir, path), analyzer, tokens);
}

/** Analyses files in order, reading ahead; `between` runs after each (to yield, to report). */
export async function ingestFilesInOrder(
  corpusDir: string,
  paths: readonly string[],
  analyzer: Analyzer,
  tokens: TokenTable,
  between: (file: IngestedFile) => Promise<void> | void,
): Promise<IngestedFile[]> {
  const reads: Promise<ReadResult>[] = [];
  const files: IngestedFile[] = [];
  for (let i = 0; i < paths.length; i += 1) {
    for (let ahead = reads.length; ahead < Math.min(paths.length, i + 1 + readAhead); ahead += 1) reads.push(readArticle(corpusDir, paths[ahead] as string));
    const file = analyzeRead(await (reads[i] as Promise<ReadResult>), analyzer, tokens);
    delete reads[i];
    files.push(file);
    await between(file);
  }
  return files;
}

async function readArticle(corpusDir: string, path: string): Promise<ReadResult> {
  const full = join(corpusDir, path);
  const fingerprint: FileFingerprint = { size: -1, mtimeMs: -1, hash: '' };
  try {
    const info = await stat(full);
    fingerprint.size = info.size;
    fingerprint.mtimeMs = info.mtimeMs;
    if (info.size > maxArticleBytes) throw new CorpusFileError(path, null, `is over the ${maxArticleBytes / 1024 / 1024} MB limit for one article`);
    const bytes = await readFile(full);
    fingerprint.hash = hashBytes(bytes);
    return { path, fingerprint, bytes, problem: null };
  } catch (error) {
    return { path, fingerprint, bytes: null, problem: describe(path, error) };
  }
}

function analyzeRead(read: ReadResult, analyzer: Analyzer, tokens: TokenTable): IngestedFile {
  const { path, fingerprint } = read;
  try {
    if (read.bytes === null) throw new Error(read.problem ?? 'unreadable');
    const article = parseArticleText(decodeArticleBytes(read.bytes, path), path);
    const passages = toPassages(article);
    const analyses = analyzePassages(article, passages, analyzer).map((analysis) => packAnalysis(analysis, tokens));
    return { path, fingerprint, article: headerOf(article), problem: null, passages: passages.map(storePassage), analyses };
  } catch (error) {
    return { path, fingerprint, article: null, problem: read.problem ?? describe(path, error), passages: [], analyses: [] };
  }
}

function describe(path: string, error: unknown): string {
  return error instanceof CorpusFileError ? error.message : `${path}: could not be read or analysed (${error instanceof Error ? error.message : String(error)})`;
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
