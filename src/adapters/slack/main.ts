/**
 * `npm run slack`: validates the environment, loads the corpus, checks the bot
 * token and connects to Slack (Socket Mode with SLACK_APP_TOKEN, otherwise
 * HTTP mode on PORT). See docs/slack.md.
 */
import { loadCoreConfig, loadSlackConfig } from '../../config.ts';
import { createKiji } from '../../core/index.ts';
import { isKijiError } from '../../errors.ts';
import { createStreamLogger } from '../../logger.ts';
import { createSlackAdapter } from './adapter.ts';

try {
  const core = loadCoreConfig(process.env);
  const slack = loadSlackConfig(process.env);
  const logger = createStreamLogger({ level: core.logLevel });
  // One bad request must never take the bot down for everyone: log it and carry on.
  process.on('unhandledRejection', (error) => logger.error('unhandled rejection', { error }));

  // The persisted index makes restarts fast; watching picks up new articles without one.
  const kiji = await createKiji({ corpusDir: core.corpusDir, cacheDir: core.cacheDir, watch: true, logger: logger.child('core') });
  const adapter = createSlackAdapter(slack, kiji, logger, { rateLimitPerMinute: core.rateLimitPerMinute });
  await adapter.start();

  const shutdown = async (signal: string) => {
    logger.info('shutting down', { signal });
    await adapter.stop().catch((error: unknown) => logger.warn('stop failed', { error }));
    await kiji.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
} catch (error) {
  // Config errors name the variable and never echo a secret; anything else is unexpected.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`kiji slack: ${message}\n`);
  if (!isKijiError(error) && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
}
