/**
 * The CLI's public JSON contract, one object per question:
 *   {"question", "answered", "language", "text", "citations": [{"n", "article": {"id",
 *   "title", "source", "reference", "url"}, "section", "quote", "passage",
 *   "score"}], "usedContext": [earlier questions]}
 * Field names are a promise to scripts (and to `npm run eval`, which scores
 * through this same function): change them and callers break.
 */
import type { Answer, Citation } from '../../core/index.ts';

export interface JsonCitation {
  n: number;
  article: { id: string; title: string; source: string | null; reference: string | null; url: string | null };
  section: string | null;
  quote: string;
  passage: string;
  score: number;
}

export interface JsonAnswer {
  /** The question as the user wrote it. */
  question: string;
  answered: boolean;
  /** The language of the answer's text: "en" for a question asked in English, else "ja". */
  language: 'ja' | 'en';
  /** The plain-text rendering: quotes and sources, or why there is no answer. */
  text: string;
  /** Best first, at most `--top`. */
  citations: JsonCitation[];
  /** The earlier questions (--context) this one was read with, oldest first; empty when read alone. */
  usedContext: string[];
}

/** Picks the contract's fields explicitly, so a new field in the core's Answer never leaks into the JSON. */
export function citationToJson({ n, article, section, quote, passage, score }: Citation): JsonCitation {
  return {
    n,
    article: { id: article.id, title: article.title, source: article.source, reference: article.reference, url: article.url },
    section,
    quote,
    passage,
    score,
  };
}

export function answerToJson(question: string, answer: Answer, text: string, citations: readonly Citation[]): JsonAnswer {
  return {
    question,
    answered: answer.answered,
    language: answer.language,
    text,
    citations: citations.map(citationToJson),
    usedContext: answer.answered ? (answer.usedContext?.questions ?? []) : [],
  };
}

/** A question that was refused (empty, too long) or failed: still one line, so outputs line up with inputs. */
export function refusalToJson(question: string, text: string, language: 'ja' | 'en' = 'ja'): JsonAnswer {
  return { question, answered: false, language, text, citations: [], usedContext: [] };
}
