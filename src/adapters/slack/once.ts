/**
 * Remembers what was already handled, so Slack's retries (same event_id) and
 * the double delivery of one message as both `app_mention` and `message.im`
 * (same channel and ts) produce one answer. Entries expire after `ttlMs`; the
 * clock is injected so tests step time instead of sleeping.
 */
export interface Once {
  /** True the first time any of `keys` is seen within the window; marks them all. */
  first(keys: string[]): boolean;
}

export interface OnceOptions {
  /** Slack retries three times (at once, after a minute, after five); an hour is well past that. */
  ttlMs?: number;
  /** Upper bound on remembered keys, oldest dropped first, so memory stays flat. */
  max?: number;
  now?: () => number;
}

export function createOnce({ ttlMs = 60 * 60_000, max = 50_000, now = Date.now }: OnceOptions = {}): Once {
  // A Map iterates in insertion order, so its first entries are the oldest.
  const seen = new Map<string, number>();
  const forgetOld = (at: number) => {
    for (const [key, time] of seen) {
      if (at - time < ttlMs && seen.size <= max) break;
      seen.delete(key);
    }
  };
  return {
    first(keys) {
      const at = now();
      forgetOld(at);
      const fresh = keys.every((key) => !seen.has(key));
      for (const key of keys) {
        seen.delete(key);
        seen.set(key, at);
      }
      return fresh;
    },
  };
}
