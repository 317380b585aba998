/**
 * `npm start`: the REPL over the corpus in KIJI_CORPUS_DIR (the bundled
 * articles by default). Needs no configuration and no tokens.
 */
import { loadCoreConfig } from '../../config.ts';
import { isKijiError } from '../../errors.ts';
import { createStreamLogger } from '../../logger.ts';
import { openKiji } from '../terminal/open-kiji.ts';
import { createRepl } from './repl.ts';

// `npm start < questions.txt | head` closes stdout early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  const config = loadCoreConfig(process.env);
  // The banner lists skipped files itself; below "error", logs would only repeat it between prompts.
  const logger = createStreamLogger({ level: process.env.KIJI_LOG_LEVEL ? config.logLevel : 'error', prefix: 'kiji:repl' });
  const { kiji } = await openKiji(config, logger.child('core'), { watch: true });
  const repl = createRepl({
    input: process.stdin,
    output: process.stdout,
    kiji,
    logger,
    // Since the process started (performance's time origin): what the user waited, tsx and kuromoji included.
    startupSeconds: performance.now() / 1000,
    terminal: process.stdin.isTTY === true,
  });
  await repl.run();
  await kiji.close();
} catch (error) {
  process.stderr.write(`kiji: ${error instanceof Error ? error.message : String(error)}\n`);
  if (!isKijiError(error) && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
}
