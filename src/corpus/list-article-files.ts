/**
 * Which files of a corpus folder are articles: .txt, .md and .markdown, at
 * any depth, except hidden ones and the folder's README and synonyms.txt.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { CorpusUnavailableError } from '../errors.ts';

export const articleExtensions = new Set(['.txt', '.md', '.markdown']);

/** Article files under `dir`, as paths relative to it, sorted for a stable order. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const info = await stat(dir).catch(() => null);
  if (!info) throw new CorpusUnavailableError(`corpus folder ${dir} does not exist (set KIJI_CORPUS_DIR or --corpus to a folder of articles)`);
  if (!info.isDirectory()) throw new CorpusUnavailableError(`corpus path ${dir} is not a folder`);
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && articleExtensions.has(extname(entry.name).toLowerCase()))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((path) => !path.split(sep).some((part) => part.startsWith('.')) && !/^(readme|synonyms)\./iu.test(path))
    .sort();
}
