/**
 * Loads every article file in a folder (recursively). A bad file is skipped
 * and reported, naming the file and line; the rest still load. A missing or
 * empty folder is an error of its own.
 */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { CorpusFileError, CorpusUnavailableError } from '../errors.ts';
import { ArticleSchema, type Article } from './article.ts';
import { parseMarkdownArticle } from './parse-markdown-article.ts';
import { parseTextArticle } from './parse-text-article.ts';
import { readArticleFile } from './read-article-file.ts';

export const articleExtensions = new Set(['.txt', '.md', '.markdown']);

export interface LoadedCorpus {
  articles: Article[];
  problems: CorpusFileError[];
}

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

export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  const files = await listArticleFiles(dir);
  if (files.length === 0) {
    throw new CorpusUnavailableError(`corpus folder ${dir} has no article files (.txt or .md)`);
  }
  const articles: Article[] = [];
  const problems: CorpusFileError[] = [];
  for (const file of files) {
    try {
      articles.push(await loadArticle(dir, file));
    } catch (error) {
      if (error instanceof CorpusFileError) problems.push(error);
      else problems.push(new CorpusFileError(file, null, `could not be parsed (${String(error)})`, { cause: error }));
    }
  }
  if (articles.length === 0) {
    throw new CorpusUnavailableError(
      `no readable article in ${dir}: ${problems.map((problem) => problem.message).join('; ')}`,
    );
  }
  return { articles, problems };
}

export async function loadArticle(dir: string, file: string): Promise<Article> {
  const text = await readArticleFile(join(dir, file), file);
  return parseArticleText(text, file);
}

/** Parses already-read text by the file's extension and validates the result. */
export function parseArticleText(text: string, file: string): Article {
  const id = file.split(sep).join('/').replace(/\.[^.]+$/u, '');
  const parse = extname(file).toLowerCase() === '.txt' ? parseTextArticle : parseMarkdownArticle;
  const result = ArticleSchema.safeParse(parse(text, id, file));
  if (!result.success) {
    throw new CorpusFileError(file, null, `parsed into an invalid article (${result.error.issues[0]?.message ?? 'unknown'})`);
  }
  return result.data;
}
