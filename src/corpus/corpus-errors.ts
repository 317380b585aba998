/**
 * The corpus folder as a whole is unusable: the messages, said once for
 * every path that meets it (the index build, loadCorpus).
 */
import { CorpusUnavailableError } from '../errors.ts';

export function noArticleFilesError(dir: string): CorpusUnavailableError {
  return new CorpusUnavailableError(`corpus folder ${dir} has no article files (.txt or .md)`);
}

/** Names the first five problems: enough to see the pattern, short enough for one log line. */
export function noReadableArticleError(dir: string, problems: readonly string[]): CorpusUnavailableError {
  return new CorpusUnavailableError(`no readable article in ${dir}: ${problems.slice(0, 5).join('; ')}`);
}
