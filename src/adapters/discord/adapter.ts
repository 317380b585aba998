/**
 * The running bot: a discord.js Client wired to the handlers. No privileged
 * intents: slash commands, buttons and modals arrive as INTERACTION_CREATE
 * whatever the intents; Guilds lets the client finish its start-up
 * handshake; GuildMessages and DirectMessages deliver messages, whose
 * content Discord shows the bot only when they mention it, are DMs to it or
 * reply to its messages (exactly the ones it answers).
 */
import { Client, Events, GatewayIntentBits, Options, Partials } from 'discord.js';
import type { DiscordConfig, FeedbackConfig } from '../../config.ts';
import type { Kiji } from '../../core/index.ts';
import { PlatformError } from '../../errors.ts';
import type { Logger } from '../../logger.ts';
import { createAskSafely } from '../shared/ask-safely.ts';
import { createFeedbackLog } from '../shared/feedback-log.ts';
import { createInFlight } from '../shared/in-flight.ts';
import { createRateLimiter } from '../shared/rate-limiter.ts';
import type { Bot } from '../shared/run-bot.ts';
import { fromDiscordJs } from './from-discord-js.ts';
import { gatewayClosedError, loginError } from './startup-error.ts';
import { createComponentHandler } from './handle-component.ts';
import { createInteractionHandler } from './handle-interaction.ts';
import { createMessageHandler } from './handle-message.ts';
import { restOptions } from './rest-options.ts';

export interface DiscordAdapterOptions {
  /** Questions one user may ask per minute (KIJI_RATE_LIMIT_PER_MINUTE). */
  rateLimitPerMinute: number;
  /** Citations per answer (default: the core's). */
  top?: number;
  /** Clock for the rate limiter; tests step it instead of sleeping. */
  now?: () => number;
  /** Where 👍/👎 votes go (KIJI_FEEDBACK_FILE, KIJI_FEEDBACK_SALT); absent or file null: no buttons. */
  feedback?: FeedbackConfig;
}

export interface DiscordAdapter extends Bot {
  /** Logs in and resolves once the gateway says the bot is ready; rejects with a PlatformError if it cannot. */
  start(): Promise<void>;
  /** From now on new interactions get a short "restarting" reply; answers in flight carry on. */
  pause(): Promise<void>;
  /** Resolves when every interaction received so far has been answered. */
  idle(): Promise<void>;
  /** Closes the gateway connection. */
  stop(): Promise<void>;
}

export function createDiscordAdapter(config: DiscordConfig, kiji: Kiji, logger: Logger, options: DiscordAdapterOptions): DiscordAdapter {
  const inFlight = createInFlight();
  const askSafely = createAskSafely({
    kiji,
    limiter: createRateLimiter({ limit: options.rateLimitPerMinute, windowMs: 60_000, ...(options.now ? { now: options.now } : {}) }),
    logger,
    ...(options.top === undefined ? {} : { top: options.top }),
  });
  const feedbackLog = options.feedback?.file ? createFeedbackLog({ file: options.feedback.file, salt: options.feedback.salt }) : null;
  const handle = createInteractionHandler({ kiji, askSafely, logger, inFlight, feedback: feedbackLog !== null });
  const handleMessage = createMessageHandler({ kiji, askSafely, logger, inFlight, feedback: feedbackLog !== null });
  const components = createComponentHandler({ kiji, logger, feedback: feedbackLog });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached until a message arrives in one.
    partials: [Partials.Channel],
    // Client-wide default as well as per message: nothing this bot sends may ping.
    allowedMentions: { parse: [] },
    rest: restOptions(config),
    // Reply chains are fetched from Discord when needed; nothing is cached between questions.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
  });
  const lostListeners: ((error: Error) => void)[] = [];
  let lost: PlatformError | null = null;

  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) void inFlight.track(handle(fromDiscordJs(interaction)));
    else if (interaction.isButton()) void inFlight.track(components.button(interaction));
    else if (interaction.isModalSubmit()) void inFlight.track(components.modal(interaction));
  });
  client.on(Events.MessageCreate, (message) => {
    if (client.user !== null) void inFlight.track(handleMessage(message, client.user.id));
  });
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardError, (error, shard) => logger.error('gateway connection error', { shard, error }));
  client.on(Events.ShardReconnecting, (shard) => logger.info('reconnecting to the gateway', { shard }));
  // discord.js gives up on a shard only for close codes that will never work (bad token, intents, version):
  // the bot cannot serve any more, so it says why and lets whoever runs it decide (exit 1, restart).
  client.on(Events.ShardDisconnect, (event, shard) => {
    lost ??= gatewayClosedError(event.code);
    logger.error('gateway closed for good', { shard, code: event.code });
    for (const listener of lostListeners.splice(0)) listener(lost);
  });
  // discord.js censors the token in its own debug lines.
  client.on(Events.Debug, (message) => logger.debug(message));

  return {
    async start() {
      const ready = new Promise<void>((resolve, reject) => {
        client.once(Events.ClientReady, () => resolve());
        // Closed for good before READY (4004 from the gateway): without this, start() would wait forever.
        lostListeners.push(reject);
      });
      ready.catch(() => {}); // awaited below, unless login itself fails first
      try {
        await client.login(config.token);
        await ready;
      } catch (error) {
        await client.destroy().catch(() => {});
        throw error instanceof PlatformError ? error : loginError(error, config.apiUrl);
      }
      logger.info('ready', { user: client.user?.tag, applicationId: config.applicationId });
    },
    async pause() {
      inFlight.close();
    },
    idle: () => inFlight.idle(),
    async stop() {
      inFlight.close();
      await client.destroy();
    },
    onLost(listener) {
      if (lost) listener(lost);
      else lostListeners.push(listener);
    },
  };
}
