/**
 * What an article file becomes: an Article of sections of blocks, validated
 * with zod so a parser bug or a hand-edited cache cannot slip malformed data
 * into the index.
 */
import { z } from 'zod';

export const BlockSchema = z.object({
  kind: z.enum(['paragraph', 'bullet']),
  text: z.string().min(1),
  /** 1-based line in the source file, for error messages and debugging. */
  line: z.number().int().positive(),
});
export type Block = z.infer<typeof BlockSchema>;

export const SectionSchema = z.object({
  /** null for the lead, before the first heading. */
  heading: z.string().min(1).nullable(),
  blocks: z.array(BlockSchema),
});
export type Section = z.infer<typeof SectionSchema>;

/** What answers need of an article once it is cut into passages: everything but its sections. */
export const ArticleHeaderSchema = z.object({
  /** Path of the file relative to the corpus folder, without extension. */
  id: z.string().min(1),
  title: z.string().min(1),
  /** Publisher, e.g. cgtn.com. */
  source: z.string().min(1).nullable(),
  /** The original (often English) title from the Reference(s) footer. */
  reference: z.string().min(1).nullable(),
  url: z.string().min(1).nullable(),
  /** ISO date (YYYY-MM-DD) when the file says it. */
  date: z.string().nullable(),
});
export type ArticleHeader = z.infer<typeof ArticleHeaderSchema>;

export const ArticleSchema = ArticleHeaderSchema.extend({ sections: z.array(SectionSchema) });
export type Article = z.infer<typeof ArticleSchema>;

/** The header alone (a copy), from an article or from another header. */
export function headerOf(article: ArticleHeader): ArticleHeader {
  return { id: article.id, title: article.title, source: article.source, reference: article.reference, url: article.url, date: article.date };
}

/** A passage's id: its article's and its position there, so an article's passages are `#0` … `#n-1`. */
export function passageId(articleId: string, position: number): string {
  return `${articleId}#${position}`;
}

export const PassageSchema = z.object({
  /** passageId(articleId, position) */
  id: z.string().min(1),
  articleId: z.string().min(1),
  heading: z.string().nullable(),
  /** The whole paragraph (or run of bullets), as shown when cited. */
  text: z.string().min(1),
  /** The text cut into sentences (a bullet is one sentence), for quoting. */
  sentences: z.array(z.string().min(1)).min(1),
  /** 0-based order of the passage inside its article. */
  position: z.number().int().nonnegative(),
});
export type Passage = z.infer<typeof PassageSchema>;

/** A passage with its article's header: what a citation is made from. */
export interface PassageSource {
  passage: Passage;
  article: ArticleHeader;
}

/** What users see when they list the corpus. */
export interface ArticleSummary extends ArticleHeader {
  passages: number;
}
