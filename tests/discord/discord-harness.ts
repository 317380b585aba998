/**
 * The bot as it runs in production (createDiscordAdapter, real discord.js
 * Client) against the fake Discord, with a recording logger and a clock the
 * test owns, so rate limits never depend on how fast the machine is.
 */
import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord/adapter.ts';
import type { DiscordConfig, FeedbackConfig } from '../../src/config.ts';
import type { Kiji } from '../../src/core/kiji.ts';
import { startFakeDiscord, type FakeDiscord } from './fake-discord.ts';
import { createRecordingLogger, type LogLine } from '../support/recording-logger.ts';

export interface RunningBot {
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  config: DiscordConfig;
  logs: LogLine[];
  stop(): Promise<void>;
}

export async function startBot(kiji: Kiji, options: { rateLimitPerMinute: number; feedback?: FeedbackConfig }): Promise<RunningBot> {
  const fake = await startFakeDiscord();
  const config: DiscordConfig = { token: fake.token, applicationId: fake.ids.applicationId, guildId: fake.ids.guildId, apiUrl: fake.apiUrl };
  const logger = createRecordingLogger();
  const adapter = createDiscordAdapter(config, kiji, logger, { rateLimitPerMinute: options.rateLimitPerMinute, now: () => 0, ...(options.feedback ? { feedback: options.feedback } : {}) });
  await adapter.start();
  return {
    fake,
    adapter,
    config,
    logs: logger.lines,
    async stop() {
      await adapter.stop();
      await fake.close();
    },
  };
}
