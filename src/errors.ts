/**
 * kiji's errors: one base with a literal `code`, a few subclasses.
 * Messages say which part failed and what to do; adapters turn known codes
 * into friendly replies and log the rest.
 */
export type KijiErrorCode =
  | 'config_invalid'
  | 'corpus_file_invalid'
  | 'corpus_unavailable'
  | 'question_invalid'
  | 'platform_failed';

export class KijiError extends Error {
  readonly code: KijiErrorCode;

  constructor(code: KijiErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** The environment does not describe a runnable bot; names the variable. */
export class ConfigError extends KijiError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('config_invalid', message, options);
  }
}

/** One article file could not be read; the rest of the corpus still loads. */
export class CorpusFileError extends KijiError {
  readonly file: string;
  readonly line: number | null;

  constructor(file: string, line: number | null, problem: string, options?: { cause?: unknown }) {
    super('corpus_file_invalid', `${file}${line === null ? '' : `:${line}`}: ${problem}`, options);
    this.file = file;
    this.line = line;
  }
}

/** The corpus folder as a whole is unusable (missing, empty, nothing parseable). */
export class CorpusUnavailableError extends KijiError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('corpus_unavailable', message, options);
  }
}

/**
 * A chat platform refused the bot (a bad token) or could not be reached, or
 * dropped it for good: the bot cannot serve, so the process exits 1 and its
 * supervisor decides what next. The message names the variable to check.
 */
export class PlatformError extends KijiError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('platform_failed', message, options);
  }
}

export type QuestionProblem = 'empty' | 'too_long';

/** The question itself cannot be asked; `problem` lets adapters reply in kind. */
export class QuestionError extends KijiError {
  readonly problem: QuestionProblem;
  readonly limit: number;

  constructor(problem: QuestionProblem, limit: number) {
    super('question_invalid', problem === 'empty' ? 'the question is empty' : `the question is longer than ${limit} characters`);
    this.problem = problem;
    this.limit = limit;
  }
}

export function isKijiError(error: unknown): error is KijiError {
  return error instanceof KijiError;
}
