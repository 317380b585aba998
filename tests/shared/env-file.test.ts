/**
 * `.env` at start-up: read when present, never over a variable already set,
 * named by KIJI_ENV_FILE or switched off with it empty; and, as a process,
 * a bot whose token is only in `.env` finds it (before, `.env` was never read
 * although .env.example invited one).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnvFile } from '../../src/env-file.ts';
import { ConfigError } from '../../src/errors.ts';
import { startProcess } from '../support/bot-process.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kiji-env-'));
  await writeFile(join(dir, '.env'), '# a comment\nKIJI_LOG_LEVEL=debug\nSLACK_BOT_TOKEN="xoxb-from-file"\nEMPTY=\n');
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('loadEnvFile', () => {
  it('fills only the variables not set already, and says which (names, never values)', () => {
    const env: Record<string, string | undefined> = { KIJI_LOG_LEVEL: 'warn' };
    expect(loadEnvFile(env, dir)).toEqual({ path: join(dir, '.env'), loaded: expect.arrayContaining(['SLACK_BOT_TOKEN', 'EMPTY']) });
    expect(env).toEqual({ KIJI_LOG_LEVEL: 'warn', SLACK_BOT_TOKEN: 'xoxb-from-file', EMPTY: '' });
  });

  it('does nothing without a .env, or with KIJI_ENV_FILE set empty', () => {
    expect(loadEnvFile({}, join(dir, 'nowhere'))).toBeNull();
    const env: Record<string, string | undefined> = { KIJI_ENV_FILE: '' };
    expect(loadEnvFile(env, dir)).toBeNull();
    expect(env).toEqual({ KIJI_ENV_FILE: '' });
  });

  it('reads the file KIJI_ENV_FILE names, and refuses a named file that is missing', () => {
    const env: Record<string, string | undefined> = { KIJI_ENV_FILE: join(dir, '.env') };
    expect(loadEnvFile(env, '/')?.loaded).toContain('SLACK_BOT_TOKEN');
    expect(() => loadEnvFile({ KIJI_ENV_FILE: join(dir, 'missing.env') }, dir)).toThrow(ConfigError);
  });
});

it('npm run slack takes its variables from .env in its working folder', async () => {
  const cwd = await mkdtemp(join(tmpdir(), 'kiji-env-cwd-'));
  try {
    // Only the .env says which mode: without it this would fail naming SLACK_BOT_TOKEN.
    await writeFile(join(cwd, '.env'), 'SLACK_BOT_TOKEN=xoxb-from-dotenv\nSLACK_SIGNING_SECRET=from-dotenv\nPORT=not-a-port\n');
    const bot = startProcess(join(process.cwd(), 'src/adapters/slack/main.ts'), { KIJI_ENV_FILE: '.env' }, { cwd });
    expect(await bot.exited).toBe(1);
    // It read the file: the token and secret were found, and the one bad value is named.
    expect(bot.stderr.trim()).toEqual('kiji slack: invalid configuration: PORT Invalid input: expected number, received NaN (see .env.example)');
  } finally {
    await rm(cwd, { recursive: true, force: true });
  }
});
