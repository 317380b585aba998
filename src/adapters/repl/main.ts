/**
 * `npm start`: the REPL over the corpus in KIJI_CORPUS_DIR (the bundled
 * articles by default). Needs no configuration and no tokens.
 */
import { loadCoreConfig } from '../../config.ts';
import { loadEnvFile } from '../../env-file.ts';
import { createStreamLogger } from '../../logger.ts';
import { reportStartupFailure } from '../shared/startup-failure.ts';
import { openKiji } from '../terminal/open-kiji.ts';
import { createRepl } from './repl.ts';

// `npm start < questions.txt | head` closes stdout early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

try {
  loadEnvFile(process.env);
  const config = loadCoreConfig(process.env);
  // The banner lists skipped files itself; below "error", logs would only repeat it between prompts.
  const logger = createStreamLogger({ level: process.env.KIJI_LOG_LEVEL ? config.logLevel : 'error', prefix: 'kiji:repl' });
  const { kiji } = await openKiji(config, logger.child('core'), { watch: true });
  // The watcher holds the process open: close it however the session ends.
  try {
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
  } finally {
    await kiji.close();
  }
} catch (error) {
  process.exitCode = reportStartupFailure('kiji', error, process.stderr, process.env);
}
