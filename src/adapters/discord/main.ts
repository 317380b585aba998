/**
 * `npm run discord`: validates the environment, loads the corpus, logs in to
 * the Discord gateway and answers /ask and /sources until stopped. Register
 * the commands first with `npm run discord:register` (see docs/discord.md).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { loadCoreConfig, loadDiscordConfig } from '../../config.ts';
import { createKiji } from '../../core/index.ts';
import { isKijiError } from '../../errors.ts';
import { createStreamLogger } from '../../logger.ts';
import { createDiscordAdapter } from './adapter.ts';

/** How long a shutdown waits for answers already being written. */
const drainMs = 5_000;

try {
  // Both slices first, so a missing variable is reported before the slow corpus load.
  const core = loadCoreConfig(process.env);
  const discord = loadDiscordConfig(process.env);
  const logger = createStreamLogger({ level: core.logLevel, prefix: 'kiji:discord' });
  // One bad interaction must never take the bot down for everyone: log it and carry on.
  process.on('unhandledRejection', (error) => logger.error('unhandled rejection', { error }));

  // The persisted index makes restarts fast; watching picks up new articles without one.
  const kiji = await createKiji({ corpusDir: core.corpusDir, cacheDir: core.cacheDir, watch: true, logger: logger.child('core') });
  const adapter = createDiscordAdapter(discord, kiji, logger, { rateLimitPerMinute: core.rateLimitPerMinute });
  await adapter.start();

  const shutdown = async (signal: string) => {
    logger.info('shutting down', { signal });
    await Promise.race([adapter.idle(), sleep(drainMs)]);
    await adapter.stop().catch((error: unknown) => logger.warn('stop failed', { error }));
    await kiji.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
} catch (error) {
  // Config errors name the variable; discord.js says "An invalid token was provided." for a bad token. Neither echoes a secret.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`kiji discord: ${message}\n`);
  if (!isKijiError(error) && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
  process.exitCode = 1;
}
