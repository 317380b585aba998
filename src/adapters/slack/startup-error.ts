/**
 * What went wrong when Slack was first called, said so an operator knows
 * what to fix: a refused token names its variable, an unreachable host says
 * so (and not "check the token"), anything else quotes Slack's answer.
 */
import { PlatformError } from '../../errors.ts';

export interface StartupCall {
  method: string;
  tokenVariable: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN';
  apiUrl: string | null;
}

/** Slack's answers that mean "this token will never work" (https://docs.slack.dev/reference/methods/auth.test). */
const refusals = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type', 'missing_scope']);

export function startupError(error: unknown, call: StartupCall): PlatformError {
  const where = call.apiUrl ?? 'https://slack.com/api/';
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error as { code: unknown }).code : undefined;
  const slackError = platformError(error);
  if (slackError !== null && refusals.has(slackError)) {
    return new PlatformError(`Slack refused ${call.tokenVariable} (${call.method}: ${slackError}); check the token in the app's settings`, { cause: error });
  }
  // @slack/web-api's ErrorCode.RequestError: the request never got an HTTP answer.
  if (code === 'slack_webapi_request_error') {
    const original = (error as { original?: { message?: string; cause?: { code?: string } } }).original;
    const detail = [original?.message, original?.cause?.code].filter(Boolean).join(', ');
    return new PlatformError(`could not reach Slack at ${where} (${call.method}: ${detail || 'request failed'}); check the network${call.apiUrl ? ' and SLACK_API_URL' : ''}`, { cause: error });
  }
  const message = slackError ?? (error instanceof Error ? error.message : String(error));
  return new PlatformError(`Slack ${call.method} failed at ${where}: ${message}`, { cause: error });
}

function platformError(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('data' in error)) return null;
  const data = (error as { data?: { error?: unknown } }).data;
  return typeof data?.error === 'string' ? data.error : null;
}
