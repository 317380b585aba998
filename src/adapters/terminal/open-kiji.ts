/**
 * Starts the core for the terminal entry points (CLI, REPL, eval) from the
 * validated config, and times it: the REPL's banner and the eval report
 * start-up, which is mostly loading kuromoji's dictionary.
 */
import type { CoreConfig } from '../../config.ts';
import { createKiji, type Kiji } from '../../core/index.ts';
import type { Logger } from '../../logger.ts';

export interface OpenedKiji {
  kiji: Kiji;
  /** Wall-clock seconds from the call to a ready Kiji. */
  seconds: number;
}

/**
 * The persisted index makes the next start fast; `watch` (the REPL) picks up
 * article files added or changed while it runs.
 */
export async function openKiji(
  config: Pick<CoreConfig, 'corpusDir' | 'cacheDir'>,
  logger: Logger,
  options: { watch?: boolean } = {},
): Promise<OpenedKiji> {
  const started = performance.now();
  const kiji = await createKiji({ corpusDir: config.corpusDir, cacheDir: config.cacheDir, watch: options.watch ?? false, logger });
  return { kiji, seconds: (performance.now() - started) / 1000 };
}
