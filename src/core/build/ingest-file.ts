/**
 * Article files to what the index stores: each is read and parsed the one
 * way there is (corpus/read-article-file.ts), fingerprinted, cut into
 * passages, analysed and packed. The unit of work of every (re)build, on the
 * main thread or in a worker. Reading is kept a few files ahead of
 * analysing, so the tokeniser never waits for the disk.
 */
import { readArticleFile, type ArticleFile } from '../../corpus/read-article-file.ts';
import { headerOf } from '../../corpus/article.ts';
import { toPassages } from '../../corpus/to-passages.ts';
import { analyzePassages } from '../analysis/analyze-passages.ts';
import type { Analyzer } from '../analysis/analyzer.ts';
import { hashBytes } from './corpus-changes.ts';
import { storePassage, type IngestedFile } from './ingested-file.ts';
import { packAnalysis } from '../engine/packed-analysis.ts';
import type { TokenTable } from '../engine/token-table.ts';

/** Files read ahead of the one being analysed. */
const readAhead = 4;

/** Ingests files in order, reading ahead; `between` runs after each (to yield, to report). */
export async function ingestFilesInOrder(
  corpusDir: string,
  paths: readonly string[],
  analyzer: Analyzer,
  tokens: TokenTable,
  between: (file: IngestedFile) => Promise<void> | void,
): Promise<IngestedFile[]> {
  const reads: Promise<ArticleFile>[] = [];
  const files: IngestedFile[] = [];
  for (let i = 0; i < paths.length; i += 1) {
    for (let ahead = reads.length; ahead < Math.min(paths.length, i + 1 + readAhead); ahead += 1) reads.push(readArticleFile(corpusDir, paths[ahead] as string));
    const file = ingestRead(await (reads[i] as Promise<ArticleFile>), analyzer, tokens);
    delete reads[i];
    files.push(file);
    await between(file);
  }
  return files;
}

function ingestRead(read: ArticleFile, analyzer: Analyzer, tokens: TokenTable): IngestedFile {
  const { path, article } = read;
  const fingerprint = { size: read.size, mtimeMs: read.mtimeMs, hash: read.bytes ? hashBytes(read.bytes) : '' };
  const refused = (problem: string): IngestedFile => ({ path, fingerprint, article: null, problem, passages: [], analyses: [] });
  if (!article) return refused(read.problem ?? `${path}: could not be read`);
  try {
    const passages = toPassages(article);
    const analyses = analyzePassages(article, passages, analyzer).map((analysis) => packAnalysis(analysis, tokens));
    return { path, fingerprint, article: headerOf(article), problem: null, passages: passages.map(storePassage), analyses };
  } catch (error) {
    return refused(`${path}: could not be analysed (${error instanceof Error ? error.message : String(error)})`);
  }
}
