/**
 * The one way a chat bot process runs, and what an operator can rely on:
 *
 * - Start: `.env` filled in (never over the environment), every config slice
 *   validated before the slow corpus load, the core opened from its persisted
 *   index and watching the folder, then the platform adapter started.
 * - Cannot start (bad variable, refused token, unreachable host, no corpus):
 *   one line on stderr naming the cause, everything opened so far closed
 *   (the corpus watcher included), exit code 1.
 * - SIGTERM / SIGINT: stop taking new questions, finish those in flight for
 *   at most `drainMs`, disconnect, close the core, exit 0.
 * - Connection lost for good after start (Discord closes the gateway with a
 *   code that will never work): logged, closed as on a signal, exit code 1.
 *
 * If something still holds the process open after that (a library's
 * forgotten timer), it is ended anyway after `exitGraceMs` with a warning, so
 * a supervisor never sees a bot that is alive but cannot serve.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { loadCoreConfig, type Env, type FeedbackConfig } from '../../config.ts';
import { createKiji, type Kiji } from '../../core/index.ts';
import { loadEnvFile } from '../../env-file.ts';
import { PlatformError } from '../../errors.ts';
import { createStreamLogger, type Logger } from '../../logger.ts';
import { reportStartupFailure } from './startup-failure.ts';

export interface Bot {
  start(): Promise<unknown>;
  /** Stops taking new questions; those in flight carry on. */
  pause(): Promise<void>;
  /** Resolves when every question taken so far has been answered. */
  idle(): Promise<void>;
  /** Disconnects from the platform. */
  stop(): Promise<void>;
  /** Called once if, after start, the bot can no longer serve (the platform dropped it for good). */
  onLost?(listener: (error: Error) => void): void;
}

export type CreateBot<Config> = (config: Config, kiji: Kiji, logger: Logger, options: { rateLimitPerMinute: number; feedback: FeedbackConfig }) => Bot;

/** How long a shutdown waits for answers in flight: an answer takes milliseconds, a Slack post retries for up to ~3 s. */
export const drainMs = 10_000;
/** After cleaning up, how long the process may take to end by itself before it is ended. */
const exitGraceMs = 2_000;
/**
 * How long the platform may take to accept the bot (token check, gateway or
 * socket). A normal start takes well under 2 s; a host that swallows packets
 * would otherwise hold start-up for the clients' own timeouts and retries
 * (discord.js: 15 s a try, Slack: 10 s a try), so a supervisor would wait a
 * minute to learn that nothing will ever be served.
 */
export const startTimeoutMs = 5_000;

export async function runBot<Config>(name: string, loadConfig: (env: Env) => Config, createBot: CreateBot<Config>): Promise<void> {
  const label = `kiji ${name}`;
  let kiji: Kiji | null = null;
  let bot: Bot | null = null;
  let logger: Logger | null = null;
  const closeAll = async () => {
    await bot?.stop().catch((error: unknown) => logger?.warn('stop failed', { error }));
    await kiji?.close().catch((error: unknown) => logger?.warn('closing the core failed', { error }));
  };
  let timedOut = false;
  const exit = (code: number) => {
    process.exitCode = code;
    // A start that timed out still has its request hanging on the silent host: nothing to wait for.
    if (timedOut) process.exit(code);
    // Normally nothing is left open and the process ends at once; this only catches a leak.
    setTimeout(() => {
      logger?.warn('something was still open after shutdown; exiting anyway', { code });
      process.exit(code);
    }, exitGraceMs).unref();
  };

  try {
    loadEnvFile(process.env);
    const core = loadCoreConfig(process.env);
    const platform = loadConfig(process.env);
    const log = createStreamLogger({ level: core.logLevel, prefix: `kiji:${name}` });
    logger = log;
    // One bad event must never take the bot down for everyone: log it and carry on.
    process.on('unhandledRejection', (error) => log.error('unhandled rejection', { error }));

    // The persisted index makes restarts fast; watching picks up new articles without one.
    kiji = await createKiji({ corpusDir: core.corpusDir, cacheDir: core.cacheDir, watch: true, logger: log.child('core') });
    const started = createBot(platform, kiji, log, { rateLimitPerMinute: core.rateLimitPerMinute, feedback: core.feedback });
    bot = started;
    await withDeadline(started.start(), startTimeoutMs, () => {
      timedOut = true;
      return new PlatformError(`no answer from ${name} within ${startTimeoutMs / 1000} s; check the network`);
    });

    let stopping = false;
    const shutdown = async (reason: string, code: number) => {
      if (stopping) return;
      stopping = true;
      log.info('shutting down', { reason });
      await started.pause().catch((error: unknown) => log.warn('pause failed', { error }));
      const drained = await Promise.race([started.idle().then(() => true), sleep(drainMs, false, { ref: false })]);
      if (!drained) log.warn('answers still in flight after the drain time; stopping anyway', { drainSeconds: drainMs / 1000 });
      await closeAll();
      log.info('stopped', { code });
      exit(code);
    };
    process.once('SIGINT', () => void shutdown('SIGINT', 0));
    process.once('SIGTERM', () => void shutdown('SIGTERM', 0));
    started.onLost?.((error) => {
      log.error(`cannot serve any more: ${error.message}`);
      void shutdown('connection lost', 1);
    });
  } catch (error) {
    reportStartupFailure(label, error, process.stderr, process.env);
    await closeAll();
    exit(1);
  }
}

/** `work`, or `timeout()` thrown once `ms` have passed without it settling. */
async function withDeadline<T>(work: Promise<T>, ms: number, timeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeout()), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
