/**
 * Discord's 429, as the fake sends it: the JSON body (`retry_after` in
 * seconds, `global`) and the headers discord.js actually reads
 * (@discordjs/rest's SequentialHandler: `Retry-After`, `X-RateLimit-Limit`,
 * `-Remaining`, `-Reset-After`, `-Bucket`, `-Scope`, and `X-RateLimit-Global`
 * for the global limit). Without the headers discord.js would retry at once
 * instead of waiting, so a fake that sent only the body would test nothing.
 *
 * Real Discord rounds `Retry-After` up to whole seconds; the fake sends the
 * value it was given, so a test can ask for 0.05 s and stay fast.
 */
export interface RateLimitRule {
  /** Which request to refuse, e.g. the bot's edit of its deferred reply. */
  match: (request: { method: string; route: string }) => boolean;
  retryAfterSeconds: number;
  global?: boolean;
  /** How many matching requests in a row are refused (default 1). */
  times?: number;
}

export interface RateLimitResponse {
  headers: Record<string, string>;
  body: { message: string; retry_after: number; global: boolean; code?: number };
}

export function rateLimitResponse(rule: RateLimitRule, nowMs: number): RateLimitResponse {
  const seconds = String(rule.retryAfterSeconds);
  const headers: Record<string, string> = {
    'retry-after': seconds,
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': String((nowMs / 1000 + rule.retryAfterSeconds).toFixed(3)),
    'x-ratelimit-reset-after': seconds,
    'x-ratelimit-bucket': 'fake-bucket',
    'x-ratelimit-scope': rule.global ? 'global' : 'user',
  };
  if (rule.global) headers['x-ratelimit-global'] = 'true';
  return { headers, body: { message: 'You are being rate limited.', retry_after: rule.retryAfterSeconds, global: rule.global ?? false } };
}
