/**
 * The running bot: a discord.js Client wired to the interaction handler.
 * Only the Guilds intent (no privileged ones): slash commands arrive as
 * INTERACTION_CREATE whatever the intents, and Guilds lets the client finish
 * its start-up handshake without waiting out a timeout.
 */
import { Client, Events, GatewayIntentBits, Options } from 'discord.js';
import type { DiscordConfig } from '../../config.ts';
import type { Kiji } from '../../core/index.ts';
import type { Logger } from '../../logger.ts';
import { createRateLimiter } from '../shared/rate-limiter.ts';
import { fromDiscordJs } from './from-discord-js.ts';
import { createInteractionHandler } from './handle-interaction.ts';
import { restOptions } from './rest-options.ts';

export interface DiscordAdapterOptions {
  /** Questions one user may ask per minute (KIJI_RATE_LIMIT_PER_MINUTE). */
  rateLimitPerMinute: number;
  /** Clock for the rate limiter; tests step it instead of sleeping. */
  now?: () => number;
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
  const handle = createInteractionHandler({ kiji, logger, rateLimiter });
  const inFlight = new Set<Promise<void>>();
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // Client-wide default as well as per message: nothing this bot sends may ping.
    allowedMentions: { parse: [] },
    rest: restOptions(config),
    // The bot never reads messages; don't cache the replies it sends.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
  });

  client.on(Events.InteractionCreate, (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    const done = handle(fromDiscordJs(interaction)).finally(() => inFlight.delete(done));
    inFlight.add(done);
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
