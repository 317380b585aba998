/**
 * The Slack adapter: a Bolt app wired to the core, in Socket Mode or HTTP
 * mode. It stays thin: translate the event, ask the core, render, post.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver } from '@slack/bolt';
import type { FeedbackConfig, SlackConfig } from '../../config.ts';
import type { Kiji } from '../../core/index.ts';
import type { Logger } from '../../logger.ts';
import { createAskSafely } from '../shared/ask-safely.ts';
import { createFeedbackLog } from '../shared/feedback-log.ts';
import { createInFlight } from '../shared/in-flight.ts';
import { createRateLimiter } from '../shared/rate-limiter.ts';
import type { Bot } from '../shared/run-bot.ts';
import { createBoltLogger } from './bolt-logger.ts';
import { registerAppHome } from './listeners/app-home.ts';
import { registerAppMention } from './listeners/app-mention.ts';
import { registerAskCommand } from './listeners/ask-command.ts';
import { registerAssistant } from './listeners/assistant.ts';
import { registerDirectMessage } from './listeners/direct-message.ts';
import { registerFeedback } from './listeners/feedback.ts';
import { registerShareAnswer } from './listeners/share-answer.ts';
import { createOnce } from './once.ts';
import { refuseFutureRequests } from './request-timestamp.ts';
import { startupError } from './startup-error.ts';

export interface SlackAdapterOptions {
  /** Questions one user may ask per minute (KIJI_RATE_LIMIT_PER_MINUTE). */
  rateLimitPerMinute: number;
  /** HTTP mode: the interface to listen on; default all (behind a load balancer). */
  host?: string;
  /** Citations per answer (default: the core's). */
  top?: number;
  /** Clock for the rate limit and the retry memory; tests step it. */
  now?: () => number;
  /** Where 👍/👎 votes go (KIJI_FEEDBACK_FILE, KIJI_FEEDBACK_SALT); absent or file null: no buttons. */
  feedback?: FeedbackConfig;
}

export type SlackStarted = { mode: 'socket' } | { mode: 'http'; port: number };

export interface SlackAdapter extends Bot {
  /** Checks the bot token (auth.test), then connects (Socket Mode) or listens (HTTP mode). */
  start(): Promise<SlackStarted>;
  /** Stops receiving: closes the HTTP listener or the Socket Mode connection. Answers in flight carry on. */
  pause(): Promise<void>;
  /** Resolves when every question received so far has been answered and its reply sent. */
  idle(): Promise<void>;
  stop(): Promise<void>;
}

/** An answer minutes late is worse than a logged failure: retry briefly, then give up. */
const retryConfig = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000 };

export function createSlackAdapter(config: SlackConfig, kiji: Kiji, logger: Logger, options: SlackAdapterOptions): SlackAdapter {
  const log = logger.child('slack');
  const apiUrl = config.apiUrl === null ? {} : { slackApiUrl: config.apiUrl };
  const clientOptions = { ...apiUrl, timeout: 10_000, retryConfig };
  const boltLogger = createBoltLogger(log.child('bolt'));
  const receiver = config.mode === 'http' ? createReceiver(config.signingSecret, config.port, boltLogger, log) : null;
  const modeOptions =
    config.mode === 'socket'
      ? // The Socket Mode client opens its connection through the Web API too (apps.connections.open).
        // Only the URL is passed on: it keeps its own patient retries for reconnecting.
        { socketMode: true, appToken: config.appToken, installerOptions: { clientOptions: { ...apiUrl } } }
      : { receiver: receiver ?? undefined };
  const app = new App({
    token: config.botToken,
    ...modeOptions,
    clientOptions,
    logger: boltLogger,
    // kiji keeps no per-conversation state; skip Bolt's in-memory conversation store.
    convoStore: false,
    // auth.test runs in start(), where a refused token becomes a clear error instead of an unhandled rejection.
    deferInitialization: true,
  });

  const inFlight = createInFlight();
  // Every event, command and action, from arrival until its listener has replied: what a shutdown waits for.
  app.use(async ({ next }) => {
    await inFlight.track(next());
  });
  const deps = {
    askSafely: createAskSafely({
      kiji,
      limiter: createRateLimiter({ limit: options.rateLimitPerMinute, windowMs: 60_000, ...(options.now ? { now: options.now } : {}) }),
      logger: log,
      ...(options.top === undefined ? {} : { top: options.top }),
    }),
    once: createOnce(options.now ? { now: options.now } : {}),
    logger: log,
    kiji,
    feedback: options.feedback?.file ? createFeedbackLog({ file: options.feedback.file, salt: options.feedback.salt }) : null,
  };
  // The assistant's middleware takes DM-thread messages before the DM listener sees them.
  registerAssistant(app, deps);
  registerAskCommand(app, deps);
  registerShareAnswer(app, deps);
  registerFeedback(app, deps);
  registerAppMention(app, deps);
  registerDirectMessage(app, deps);
  registerAppHome(app, deps);
  app.error(async (error) => {
    // Listeners catch their own failures; this is Bolt's own (authorization, a malformed payload).
    log.error('bolt error', { error });
  });

  let receiving = false;
  const pause = async () => {
    inFlight.close();
    if (!receiving) return;
    receiving = false;
    // HTTP mode: the server stops accepting connections (Slack retries elsewhere or later); Socket Mode: disconnects.
    await app.stop();
  };
  return {
    async start() {
      try {
        await app.init();
      } catch (error) {
        throw startupError(error, { method: 'auth.test', tokenVariable: 'SLACK_BOT_TOKEN', apiUrl: config.apiUrl });
      }
      if (config.mode === 'socket') {
        try {
          await app.start();
        } catch (error) {
          throw startupError(error, { method: 'apps.connections.open', tokenVariable: 'SLACK_APP_TOKEN', apiUrl: config.apiUrl });
        }
        receiving = true;
        log.info('connected to Slack in Socket Mode');
        return { mode: 'socket' };
      }
      const server: unknown = await app.start(options.host === undefined ? config.port : { port: config.port, host: options.host });
      receiving = true;
      const port = listeningPort(server) ?? config.port;
      log.info('listening for Slack requests', { host: options.host ?? '*', port, path: '/slack/events' });
      return { mode: 'http', port };
    },
    pause,
    idle: () => inFlight.idle(),
    async stop() {
      await pause();
      await inFlight.idle();
    },
  };
}

/** HTTP mode's receiver: Bolt's own, with /healthz and the future-timestamp guard in front of its listener. */
function createReceiver(signingSecret: string, port: number, boltLogger: ReturnType<typeof createBoltLogger>, log: Logger): HTTPReceiver {
  const receiver = new HTTPReceiver({ signingSecret, port, customRoutes: [healthRoute], logger: boltLogger });
  receiver.requestListener = refuseFutureRequests(receiver.requestListener, log);
  return receiver;
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
