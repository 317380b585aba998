/**
 * The core's product: data, not text. Each adapter renders an Answer its own
 * way (terminal, Discord embed, Slack Block Kit, JSON).
 */
import type { ArticleHeader } from '../corpus/article.ts';

export type Language = 'ja' | 'en';

/** The article a quote comes from: its header (id, title, source, reference, url, date). */
export type CitedArticle = ArticleHeader;

export interface Citation {
  /** 1-based number shown next to the quote, e.g. [1]. */
  n: number;
  article: CitedArticle;
  /** Section heading the passage sits under; null for the lead. */
  section: string | null;
  /** The sentence(s) shown to the user, verbatim from the article. */
  quote: string;
  /** The whole retrieved paragraph the quote comes from. */
  passage: string;
  passageId: string;
  /** Retrieval evidence: relevance score and the query terms that matched. */
  score: number;
  matchedTerms: string[];
}

/**
 * Set when the question was read as a follow-up of earlier questions in its
 * conversation (a thread): 「それはいつ？」 asked about what they named.
 */
export interface UsedContext {
  /** The earlier questions it was read with, oldest first. */
  questions: string[];
  /** What was taken from them (ラブロフ外相, 上海協力機構). */
  terms: string[];
  /** The question as answered, self-contained: the terms followed by the question. */
  readAs: string;
}

export interface AnsweredAnswer {
  answered: true;
  question: string;
  language: Language;
  /** Absent when the question was read alone. */
  usedContext?: UsedContext;
  /** Best first; citations[i].n === i + 1. */
  citations: Citation[];
}

export interface UnansweredAnswer {
  answered: false;
  question: string;
  language: Language;
  /** Why no quote is given, in the question's language, ready to show. */
  reason: string;
  /** Key terms of the question that the articles never mention. */
  missingTerms: string[];
}

export type Answer = AnsweredAnswer | UnansweredAnswer;
