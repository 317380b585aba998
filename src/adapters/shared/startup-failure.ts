/**
 * How every entry point (the two bots, the REPL, `ask`, `index`,
 * `discord:register`) reports that it could not start: one line on stderr
 * naming the cause, and exit code 1. kiji's own errors already say what to
 * check (a variable, a file, a token); anything else is a bug, whose stack
 * is printed only with KIJI_LOG_LEVEL=debug, so an operator's log gets one
 * line either way. Messages never hold a secret: config errors name the
 * variable, and the platforms' own messages do not echo tokens.
 */
import type { Env } from '../../config.ts';
import { isKijiError } from '../../errors.ts';

export interface FailureOutput {
  write(text: string): unknown;
}

/** The one line, e.g. `kiji discord: Discord refused DISCORD_TOKEN: An invalid token was provided.` */
export function startupFailureLine(name: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `${name}: ${message.replace(/\s*\n\s*/g, ' ').trim()}`;
}

/** Writes the failure and returns the exit code (1), for `process.exitCode = …` or `return …`. */
export function reportStartupFailure(name: string, error: unknown, stderr: FailureOutput, env: Env): 1 {
  stderr.write(`${startupFailureLine(name, error)}\n`);
  if (!isKijiError(error) && env.KIJI_LOG_LEVEL === 'debug' && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  return 1;
}
