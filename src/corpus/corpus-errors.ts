/**
 * Problems that only show across files, said once for every path that meets
 * them (the index build, loadCorpus): two files claiming one article id, and
 * a folder that is unusable as a whole.
 */
import { CorpusFileError, CorpusUnavailableError } from '../errors.ts';

/** a.txt and a.md would both be article `a`: the one met second is refused. */
export function sameArticleIdProblem(path: string, ownerPath: string): string {
  return new CorpusFileError(path, null, `has the same article id as ${ownerPath}; rename one of them`).message;
}

export function noArticleFilesError(dir: string): CorpusUnavailableError {
  return new CorpusUnavailableError(`corpus folder ${dir} has no article files (.txt or .md)`);
}

/** Names the first five problems: enough to see the pattern, short enough for one log line. */
export function noReadableArticleError(dir: string, problems: readonly string[]): CorpusUnavailableError {
  return new CorpusUnavailableError(`no readable article in ${dir}: ${problems.slice(0, 5).join('; ')}`);
}
