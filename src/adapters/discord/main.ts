/**
 * `npm run discord`: validates the environment, loads the corpus, logs in to
 * the Discord gateway and answers /ask and /sources until stopped. Register
 * the commands first with `npm run discord:register` (see docs/discord.md).
 */
import { loadDiscordConfig } from '../../config.ts';
import { runBot } from '../shared/run-bot.ts';
import { createDiscordAdapter } from './adapter.ts';

await runBot('discord', loadDiscordConfig, createDiscordAdapter);
