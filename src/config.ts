/**
 * The whole environment, validated once at start-up (t3-env style). Each entry
 * point parses only the slice it needs and hands it on; nothing below reads
 * `process.env`. Errors name the variable and never echo a secret's value.
 */
import { z } from 'zod';
import { ConfigError } from './errors.ts';
import { projectPath } from './project-root.ts';

export type Env = Record<string, string | undefined>;

/** The articles shipped with kiji: the default corpus. */
export const bundledCorpusDir = projectPath('corpus');
/** Default file of 👍/👎 votes (git-ignored with .cache/). */
export const defaultFeedbackFile = projectPath('.cache', 'feedback.jsonl');
/** Default home of the persisted index (git-ignored). */
export const defaultCacheDir = projectPath('.cache', 'kiji');

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const positiveInt = (fallback: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === undefined || value === '' ? String(fallback) : value))
    .pipe(z.coerce.number<string>().int().positive());

const coreSchema = z.object({
  KIJI_CORPUS_DIR: optionalText,
  KIJI_CACHE_DIR: optionalText,
  KIJI_NO_CACHE: optionalText,
  KIJI_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).optional(),
  KIJI_RATE_LIMIT_PER_MINUTE: positiveInt(5),
  KIJI_FEEDBACK_FILE: optionalText,
  KIJI_FEEDBACK_SALT: optionalText.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
});

export interface CoreConfig {
  corpusDir: string;
  /** Where the persisted index lives; null turns persistence off. */
  cacheDir: string | null;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Questions one user may ask per minute on a chat platform. */
  rateLimitPerMinute: number;
  feedback: FeedbackConfig;
}

export interface FeedbackConfig {
  /** JSON-lines file the chat bots append 👍/👎 votes to; null ('off') hides the buttons. */
  file: string | null;
  /** Salt for hashing user ids in that file; null keeps no user id at all. */
  salt: string | null;
}

export function loadCoreConfig(env: Env): CoreConfig {
  const parsed = parse(coreSchema, env);
  return {
    corpusDir: parsed.KIJI_CORPUS_DIR ?? bundledCorpusDir,
    cacheDir: parsed.KIJI_NO_CACHE ? null : (parsed.KIJI_CACHE_DIR ?? defaultCacheDir),
    logLevel: parsed.KIJI_LOG_LEVEL ?? 'info',
    rateLimitPerMinute: parsed.KIJI_RATE_LIMIT_PER_MINUTE,
    feedback: {
      file: parsed.KIJI_FEEDBACK_FILE === 'off' ? null : (parsed.KIJI_FEEDBACK_FILE ?? defaultFeedbackFile),
      salt: parsed.KIJI_FEEDBACK_SALT ?? null,
    },
  };
}

const discordSchema = z.object({
  DISCORD_TOKEN: z.string().trim().min(1),
  DISCORD_APPLICATION_ID: z.string().trim().regex(/^\d{5,25}$/, 'must be the numeric application id'),
  DISCORD_GUILD_ID: optionalText.pipe(z.string().regex(/^\d{5,25}$/, 'must be a numeric guild id').optional()),
  DISCORD_API_URL: optionalText.pipe(z.url().optional()),
});

export interface DiscordConfig {
  token: string;
  applicationId: string;
  /** Register commands in one guild (instant) instead of globally. */
  guildId: string | null;
  /** REST base URL, e.g. a rate-limit proxy; null means Discord's own. */
  apiUrl: string | null;
}

export function loadDiscordConfig(env: Env): DiscordConfig {
  const parsed = parse(discordSchema, env);
  return {
    token: parsed.DISCORD_TOKEN,
    applicationId: parsed.DISCORD_APPLICATION_ID,
    guildId: parsed.DISCORD_GUILD_ID ?? null,
    apiUrl: parsed.DISCORD_API_URL ?? null,
  };
}

const slackSchema = z.object({
  SLACK_BOT_TOKEN: z.string().trim().startsWith('xoxb-', 'must be a bot token (xoxb-…)'),
  SLACK_APP_TOKEN: optionalText.pipe(z.string().startsWith('xapp-', 'must be an app-level token (xapp-…)').optional()),
  SLACK_SIGNING_SECRET: optionalText,
  PORT: positiveInt(3000),
  SLACK_API_URL: optionalText.pipe(z.url().optional()),
});

export type SlackConfig = {
  botToken: string;
  /** Web API base URL (GovSlack, a proxy, a test fake); null means slack.com. */
  apiUrl: string | null;
} & (
  | { mode: 'socket'; appToken: string }
  | { mode: 'http'; signingSecret: string; port: number }
);

/** Socket Mode when SLACK_APP_TOKEN is set, otherwise HTTP mode, which needs the signing secret. */
export function loadSlackConfig(env: Env): SlackConfig {
  const parsed = parse(slackSchema, env);
  const common = { botToken: parsed.SLACK_BOT_TOKEN, apiUrl: parsed.SLACK_API_URL ?? null };
  if (parsed.SLACK_APP_TOKEN) return { ...common, mode: 'socket', appToken: parsed.SLACK_APP_TOKEN };
  if (!parsed.SLACK_SIGNING_SECRET) {
    throw new ConfigError(
      'SLACK_SIGNING_SECRET is missing: set it for HTTP mode, or set SLACK_APP_TOKEN for Socket Mode (see .env.example)',
    );
  }
  return { ...common, mode: 'http', signingSecret: parsed.SLACK_SIGNING_SECRET, port: parsed.PORT };
}

function parse<T extends z.ZodType>(schema: T, env: Env): z.output<T> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  // Name each variable and what is wrong with it, never its value: some are secrets.
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? '?');
    const missing = env[name] === undefined || env[name]?.trim() === '';
    return missing ? `${name} is missing` : `${name} ${issue.message}`;
  });
  throw new ConfigError(`invalid configuration: ${problems.join('; ')} (see .env.example)`);
}
