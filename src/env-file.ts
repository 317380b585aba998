/**
 * The optional `.env` file: read once at start-up, before the config is
 * validated. A variable already in the environment always wins (the shell,
 * systemd's Environment=, a container's env), so `.env` only fills gaps.
 * Parsed by Node's own `util.parseEnv`, the parser behind `--env-file` and
 * `process.loadEnvFile`; assigning key by key is what keeps the "never
 * override" promise explicit.
 *
 * `KIJI_ENV_FILE` names another file; set it empty to read none.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseEnv } from 'node:util';
import { ConfigError } from './errors.ts';
import type { Env } from './config.ts';

export interface LoadedEnvFile {
  path: string;
  /** Variables taken from the file (names only: values may be secrets). */
  loaded: string[];
}

/** Fills `env` from `.env` (or KIJI_ENV_FILE); null when there is no file to read. */
export function loadEnvFile(env: Env, cwd = process.cwd()): LoadedEnvFile | null {
  const named = env.KIJI_ENV_FILE;
  if (named !== undefined && named.trim() === '') return null;
  const path = resolve(cwd, named ?? '.env');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    // No .env is the normal case; a named file that is missing is a mistake worth stopping for.
    if (named === undefined && (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new ConfigError(`cannot read the env file ${path} (KIJI_ENV_FILE): ${(error as Error).message}`, { cause: error });
  }
  const loaded: string[] = [];
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (env[name] !== undefined) continue;
    env[name] = value;
    loaded.push(name);
  }
  return { path, loaded };
}
