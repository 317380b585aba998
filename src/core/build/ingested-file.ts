/**
 * One article file as the index needs it, whichever thread analysed it:
 * its fingerprint, the article's header, its passages (text plus sentence
 * boundaries, so sentences can be slices of the text instead of copies)
 * and each passage's packed analysis. A file that cannot be read keeps its
 * fingerprint and problem, so it is not re-read until it changes.
 */
import { passageId, type ArticleHeader, type Passage } from '../../corpus/article.ts';
import type { FileFingerprint } from './corpus-changes.ts';

export interface StoredPassage {
  heading: string | null;
  text: string;
  /** Sentence i is text.slice(bounds[2i], bounds[2i + 1]). */
  bounds: number[];
}

export interface IngestedFile {
  /** Path relative to the corpus folder, as listArticleFiles gives it. */
  path: string;
  fingerprint: FileFingerprint;
  article: ArticleHeader | null;
  problem: string | null;
  passages: StoredPassage[];
  /** Packed analysis of each passage (packed-analysis.ts), numbered by some token table. */
  analyses: Uint8Array[];
}

/** Finds each sentence in the passage text (to-passages joins them verbatim, in order). */
export function storePassage(passage: Passage): StoredPassage {
  const bounds: number[] = [];
  let from = 0;
  for (const sentence of passage.sentences) {
    const at = passage.text.indexOf(sentence, from);
    if (at < 0) throw new Error(`sentence not found verbatim in passage ${passage.id}`);
    bounds.push(at, at + sentence.length);
    from = at + sentence.length;
  }
  return { heading: passage.heading, text: passage.text, bounds };
}

export function passageOf(stored: StoredPassage, articleId: string, position: number): Passage {
  const sentences: string[] = [];
  for (let i = 0; i + 1 < stored.bounds.length; i += 2) sentences.push(stored.text.slice(stored.bounds[i], stored.bounds[i + 1]));
  return { id: passageId(articleId, position), articleId, heading: stored.heading, text: stored.text, sentences, position };
}
