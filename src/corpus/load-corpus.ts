/**
 * Every article of a folder at once, for scripts and tests that want
 * articles rather than an index. Each file goes the way the index's files
 * go (read-article-file.ts), so a bad file is skipped with the same message
 * the bots log; a missing or empty folder, or one with no readable article,
 * is an error of its own.
 */
import type { Article } from './article.ts';
import { noArticleFilesError, noReadableArticleError, sameArticleIdProblem } from './corpus-errors.ts';
import { listArticleFiles } from './list-article-files.ts';
import { readArticleFile } from './read-article-file.ts';

export interface LoadedCorpus {
  articles: Article[];
  /** One message per file skipped, naming the file (and line), in path order. */
  problems: string[];
}

export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  const paths = await listArticleFiles(dir);
  if (paths.length === 0) throw noArticleFilesError(dir);
  const articles: Article[] = [];
  const problems: string[] = [];
  const owners = new Map<string, string>();
  for (const path of paths) {
    const { article, problem } = await readArticleFile(dir, path);
    const owner = article ? owners.get(article.id) : undefined;
    if (!article) problems.push(problem ?? `${path}: could not be read`);
    else if (owner !== undefined) problems.push(sameArticleIdProblem(path, owner));
    else {
      owners.set(article.id, path);
      articles.push(article);
    }
  }
  if (articles.length === 0) throw noReadableArticleError(dir, problems);
  return { articles, problems };
}
