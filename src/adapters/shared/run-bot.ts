/**
 * The one way a chat bot process runs: validate the environment (every
 * slice before the slow corpus load, so a missing variable is named at
 * once), open the core from its persisted index and watch the folder, start
 * the platform adapter, stop cleanly on SIGINT/SIGTERM. A start-up failure
 * is one line on stderr (never a secret) and exit code 1.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { loadCoreConfig, type Env, type FeedbackConfig } from '../../config.ts';
import { createKiji, type Kiji } from '../../core/index.ts';
import { isKijiError } from '../../errors.ts';
import { createStreamLogger, type Logger } from '../../logger.ts';

export interface Bot {
  start(): Promise<unknown>;
  stop(): Promise<void>;
  /** Resolves when no answer is being written (lets a shutdown drain). */
  idle?(): Promise<void>;
}

export type CreateBot<Config> = (config: Config, kiji: Kiji, logger: Logger, options: { rateLimitPerMinute: number; feedback: FeedbackConfig }) => Bot;

/** How long a shutdown waits for answers already being written. */
const drainMs = 5_000;

export async function runBot<Config>(name: string, loadConfig: (env: Env) => Config, createBot: CreateBot<Config>): Promise<void> {
  try {
    const core = loadCoreConfig(process.env);
    const platform = loadConfig(process.env);
    const logger = createStreamLogger({ level: core.logLevel, prefix: `kiji:${name}` });
    // One bad event must never take the bot down for everyone: log it and carry on.
    process.on('unhandledRejection', (error) => logger.error('unhandled rejection', { error }));

    // The persisted index makes restarts fast; watching picks up new articles without one.
    const kiji = await createKiji({ corpusDir: core.corpusDir, cacheDir: core.cacheDir, watch: true, logger: logger.child('core') });
    const bot = createBot(platform, kiji, logger, { rateLimitPerMinute: core.rateLimitPerMinute, feedback: core.feedback });
    await bot.start();

    const shutdown = async (signal: string) => {
      logger.info('shutting down', { signal });
      if (bot.idle) await Promise.race([bot.idle(), sleep(drainMs)]);
      await bot.stop().catch((error: unknown) => logger.warn('stop failed', { error }));
      await kiji.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown('SIGINT'));
    process.once('SIGTERM', () => void shutdown('SIGTERM'));
  } catch (error) {
    // Config errors name the variable; the platforms' own errors ("An invalid token was provided.") echo no secret.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`kiji ${name}: ${message}\n`);
    if (!isKijiError(error) && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 1;
  }
}
