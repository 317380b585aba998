/**
 * The Slack adapter: a Bolt app wired to the core, in Socket Mode or HTTP
 * mode. It stays thin: translate the event, ask the core, render, post.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import type { SlackConfig } from '../../config.ts';
import type { Kiji } from '../../core/index.ts';
import { ConfigError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import { createRateLimiter } from '../shared/rate-limiter.ts';
import { createAskSafely } from './ask-safely.ts';
import { createBoltLogger } from './bolt-logger.ts';
import { registerAppMention } from './listeners/app-mention.ts';
import { registerAskCommand } from './listeners/ask-command.ts';
import { registerDirectMessage } from './listeners/direct-message.ts';
import { registerShareAnswer } from './listeners/share-answer.ts';
import { createOnce } from './once.ts';

export interface SlackAdapterOptions {
  /** Questions one user may ask per minute (KIJI_RATE_LIMIT_PER_MINUTE). */
  rateLimitPerMinute: number;
  /** HTTP mode: the interface to listen on; default all (behind a load balancer). */
  host?: string;
  /** Citations per answer (default 3). */
  top?: number;
  /** Clock for the rate limit and the retry memory; tests step it. */
  now?: () => number;
}

export type SlackStarted = { mode: 'socket' } | { mode: 'http'; port: number };

export interface SlackAdapter {
  /** Checks the bot token (auth.test), then connects (Socket Mode) or listens (HTTP mode). */
  start(): Promise<SlackStarted>;
  stop(): Promise<void>;
}

/** An answer minutes late is worse than a logged failure: retry briefly, then give up. */
const retryConfig = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 };

export function createSlackAdapter(config: SlackConfig, kiji: Kiji, logger: Logger, options: SlackAdapterOptions): SlackAdapter {
  const log = logger.child('slack');
  const apiUrl = config.apiUrl === null ? {} : { slackApiUrl: config.apiUrl };
  const clientOptions = { ...apiUrl, timeout: 10_000, retryConfig };
  const modeOptions =
    config.mode === 'socket'
      ? // The Socket Mode client opens its connection through the Web API too (apps.connections.open).
        // Only the URL is passed on: it keeps its own patient retries for reconnecting.
        { socketMode: true, appToken: config.appToken, installerOptions: { clientOptions: { ...apiUrl } } }
      : { signingSecret: config.signingSecret, port: config.port, customRoutes: [healthRoute] };
  const app = new App({
    token: config.botToken,
    ...modeOptions,
    clientOptions,
    logger: createBoltLogger(log.child('bolt')),
    // kiji keeps no per-conversation state; skip Bolt's in-memory conversation store.
    convoStore: false,
    // auth.test runs in start(), where a refused token becomes a clear error instead of an unhandled rejection.
    deferInitialization: true,
  });

  const deps = {
    askSafely: createAskSafely(
      kiji,
      createRateLimiter({ limit: options.rateLimitPerMinute, windowMs: 60_000, ...(options.now ? { now: options.now } : {}) }),
      log,
      options.top,
    ),
    once: createOnce(options.now ? { now: options.now } : {}),
    logger: log,
  };
  registerAskCommand(app, deps);
  registerShareAnswer(app, deps);
  registerAppMention(app, deps);
  registerDirectMessage(app, deps);
  app.error(async (error) => {
    // Listeners catch their own failures; this is Bolt's own (authorization, a malformed payload).
    log.error('bolt error', { error });
  });

  return {
    async start() {
      try {
        await app.init();
      } catch (error) {
        throw new ConfigError(
          `could not verify the bot token with Slack (auth.test at ${config.apiUrl ?? 'slack.com'}): ${describe(error)}. Check SLACK_BOT_TOKEN${config.apiUrl ? ' and SLACK_API_URL' : ''}.`,
          { cause: error },
        );
      }
      if (config.mode === 'socket') {
        await app.start();
        log.info('connected to Slack in Socket Mode');
        return { mode: 'socket' };
      }
      const server: unknown = await app.start(options.host === undefined ? config.port : { port: config.port, host: options.host });
      const port = listeningPort(server) ?? config.port;
      log.info('listening for Slack requests', { host: options.host ?? '*', port, path: '/slack/events' });
      return { mode: 'http', port };
    },
    async stop() {
      await app.stop();
    },
  };
}

/** GET /healthz for the load balancer in HTTP mode: no signature, no core call. */
const healthRoute = {
  path: '/healthz',
  method: ['GET'],
  handler: (_request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end('ok');
  },
};

function listeningPort(server: unknown): number | null {
  if (typeof server !== 'object' || server === null || !('address' in server) || typeof server.address !== 'function') return null;
  const address: unknown = server.address();
  return typeof address === 'object' && address !== null ? (address as AddressInfo).port : null;
}

function describe(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'data' in error) {
    const data = (error as { data?: { error?: unknown } }).data;
    if (typeof data?.error === 'string') return data.error;
  }
  return error instanceof Error ? error.message : String(error);
}
