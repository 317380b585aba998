/**
 * Article text to a validated Article, by the file's extension: .txt is
 * kiji's plain format, anything else Markdown. The id is the path without
 * its extension, with forward slashes whatever the platform.
 */
import { extname, sep } from 'node:path';
import { CorpusFileError } from '../errors.ts';
import { ArticleSchema, type Article } from './article.ts';
import { parseMarkdownArticle } from './parse-markdown-article.ts';
import { parseTextArticle } from './parse-text-article.ts';

export function parseArticle(text: string, path: string): Article {
  const id = path.split(sep).join('/').replace(/\.[^.]+$/u, '');
  const parse = extname(path).toLowerCase() === '.txt' ? parseTextArticle : parseMarkdownArticle;
  const result = ArticleSchema.safeParse(parse(text, id, path));
  if (!result.success) {
    throw new CorpusFileError(path, null, `parsed into an invalid article (${result.error.issues[0]?.message ?? 'unknown'})`);
  }
  return result.data;
}
