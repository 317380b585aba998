/**
 * Per-user sliding-window rate limit for the chat adapters. The clock is
 * injected so tests step time instead of sleeping.
 */
export interface RateLimiter {
  /** Records one question for `key` if allowed; otherwise says when to retry. */
  take(key: string): { allowed: true } | { allowed: false; retryAfterMs: number };
}

export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
}

export function createRateLimiter({ limit, windowMs, now = Date.now }: RateLimiterOptions): RateLimiter {
  const recent = new Map<string, number[]>();
  return {
    take(key) {
      const at = now();
      const kept = (recent.get(key) ?? []).filter((time) => at - time < windowMs);
      if (kept.length >= limit) {
        recent.set(key, kept);
        return { allowed: false, retryAfterMs: windowMs - (at - (kept[0] ?? at)) };
      }
      kept.push(at);
      recent.set(key, kept);
      // Forget idle users so the map cannot grow without bound on a busy server.
      if (recent.size > 10_000) {
        for (const [user, times] of recent) if (times.every((time) => at - time >= windowMs)) recent.delete(user);
      }
      return { allowed: true };
    },
  };
}
