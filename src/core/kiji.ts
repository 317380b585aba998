/**
 * The core's one entry point. Adapters hold a Kiji and call `ask`; they never
 * reach into corpus, analyzer or index.
 */
import type { ArticleSummary } from '../corpus/article.ts';
import type { Answer } from './answer.ts';

/** Citations per answer unless asked otherwise: every adapter's default (the CLI's --top, Slack, Discord). */
export const defaultTop = 3;

export interface AskOptions {
  /** Most citations to return (default `defaultTop`). */
  top?: number;
  /**
   * The earlier questions of the conversation (a thread, a reply chain, the
   * REPL session), oldest first. A question that refers back to them or names
   * nothing of its own is read with them; the Answer's usedContext says so.
   */
  context?: readonly string[];
}

export interface ReloadReport {
  articles: number;
  passages: number;
  added: number;
  changed: number;
  removed: number;
  /** Files skipped as unreadable, each message naming the file (and line). */
  problems: string[];
  seconds: number;
}

export interface Kiji {
  /** Throws QuestionError for an empty or over-long question; otherwise always resolves to an Answer. */
  ask(question: string, options?: AskOptions): Promise<Answer>;
  /**
   * Up to `limit` (default 4) example questions built from the articles'
   * headings, each one kiji answers: for help screens and suggested prompts.
   */
  examples(limit?: number): Promise<string[]>;
  /** The articles currently answered from. */
  sources(): ArticleSummary[];
  /** Problems met while loading the corpus (files skipped), one message each. */
  problems(): string[];
  /** Re-reads the corpus folder and swaps in a new index; keeps the old one if that fails. */
  reload(): Promise<ReloadReport>;
  /** Stops watching the corpus folder, if it was. */
  close(): Promise<void>;
}

/** Longest question accepted, in characters: longer ones are refused, not truncated. */
export const maxQuestionLength = 1000;
