/**
 * `npm run slack`: validates the environment, loads the corpus, checks the bot
 * token and connects to Slack (Socket Mode with SLACK_APP_TOKEN, otherwise
 * HTTP mode on PORT). See docs/slack.md.
 */
import { loadSlackConfig } from '../../config.ts';
import { runBot } from '../shared/run-bot.ts';
import { createSlackAdapter } from './adapter.ts';

await runBot('slack', loadSlackConfig, createSlackAdapter);
