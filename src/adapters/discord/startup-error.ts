/**
 * Why the bot could not log in or stay connected, said so an operator knows
 * what to fix: a refused token names DISCORD_TOKEN, an unreachable host says
 * so (not "check the token"), a gateway close code is named.
 */
import { DiscordAPIError, GatewayCloseCodes } from 'discord.js';
import { PlatformError } from '../../errors.ts';

export function loginError(error: unknown, apiUrl: string | null): PlatformError {
  const where = apiUrl ?? 'https://discord.com/api';
  // discord.js turns a 401 from GET /gateway/bot into its TokenInvalid error.
  if (isTokenInvalid(error) || (error instanceof DiscordAPIError && error.status === 401)) {
    return new PlatformError(`Discord refused DISCORD_TOKEN (${errorMessage(error)}); reset the token in the Developer Portal (Bot > Reset Token)`, { cause: error });
  }
  if (error instanceof DiscordAPIError) return new PlatformError(`Discord answered ${error.status} at ${where}: ${error.message}`, { cause: error });
  const code = networkCode(error);
  return new PlatformError(`could not reach Discord at ${where} (${[errorMessage(error), code].filter(Boolean).join(', ')}); check the network${apiUrl ? ' and DISCORD_API_URL' : ''}`, { cause: error });
}

/** The gateway closed the connection with a code discord.js will not reconnect after. */
export function gatewayClosedError(code: number): PlatformError {
  const name = GatewayCloseCodes[code] ?? 'unknown';
  const hint = code === GatewayCloseCodes.AuthenticationFailed ? ': Discord refused DISCORD_TOKEN' : '';
  return new PlatformError(`the Discord gateway closed the connection for good (code ${code}, ${name})${hint}`);
}

function isTokenInvalid(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && (error as { code: unknown }).code === 'TokenInvalid';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function networkCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}
