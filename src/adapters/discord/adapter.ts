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
import type { Logger } from '../../logger.ts';
import { createFeedbackLog } from '../shared/feedback-log.ts';
import { createRateLimiter } from '../shared/rate-limiter.ts';
import { fromDiscordJs } from './from-discord-js.ts';
import { createComponentHandler } from './handle-component.ts';
import { createInteractionHandler } from './handle-interaction.ts';
import { createMessageHandler } from './handle-message.ts';
import { restOptions } from './rest-options.ts';

export interface DiscordAdapterOptions {
  /** Questions one user may ask per minute (KIJI_RATE_LIMIT_PER_MINUTE). */
  rateLimitPerMinute: number;
  /** Clock for the rate limiter; tests step it instead of sleeping. */
  now?: () => number;
  /** Where 👍/👎 votes go (KIJI_FEEDBACK_FILE, KIJI_FEEDBACK_SALT); absent or file null: no buttons. */
  feedback?: FeedbackConfig;
}

export interface DiscordAdapter {
  /** Logs in and resolves once the gateway says the bot is ready. */
  start(): Promise<void>;
  /** Closes the gateway connection; in-flight answers are dropped. */
  stop(): Promise<void>;
  /** Resolves when every interaction received so far has been answered (for tests and graceful shutdown). */
  idle(): Promise<void>;
}

export function createDiscordAdapter(config: DiscordConfig, kiji: Kiji, logger: Logger, options: DiscordAdapterOptions): DiscordAdapter {
  const rateLimiter = createRateLimiter({ limit: options.rateLimitPerMinute, windowMs: 60_000, now: options.now });
  const feedbackLog = options.feedback?.file ? createFeedbackLog({ file: options.feedback.file, salt: options.feedback.salt }) : null;
  const handle = createInteractionHandler({ kiji, logger, rateLimiter, feedback: feedbackLog !== null });
  const handleMessage = createMessageHandler({ kiji, logger, rateLimiter, feedback: feedbackLog !== null });
  const components = createComponentHandler({ kiji, logger, feedback: feedbackLog });
  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>) => {
    const done = work.finally(() => inFlight.delete(done));
    inFlight.add(done);
  };
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

  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) track(handle(fromDiscordJs(interaction)));
    else if (interaction.isButton()) track(components.button(interaction));
    else if (interaction.isModalSubmit()) track(components.modal(interaction));
  });
  client.on(Events.MessageCreate, (message) => {
    if (client.user !== null) track(handleMessage(message, client.user.id));
  });
  client.on(Events.Error, (error) => logger.error('discord client error', { error }));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardError, (error, shard) => logger.error('gateway connection error', { shard, error }));
  client.on(Events.ShardReconnecting, (shard) => logger.info('reconnecting to the gateway', { shard }));
  client.on(Events.ShardDisconnect, (event, shard) => logger.error('gateway closed for good', { shard, code: event.code }));
  // discord.js censors the token in its own debug lines.
  client.on(Events.Debug, (message) => logger.debug(message));

  return {
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.token);
      await ready;
      logger.info('ready', { user: client.user?.tag, applicationId: config.applicationId });
    },
    async stop() {
      await client.destroy();
    },
    async idle() {
      await Promise.all([...inFlight]);
    },
  };
}
