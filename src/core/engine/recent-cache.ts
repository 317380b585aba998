/**
 * A bounded cache that keeps what was used recently: two generations of at
 * most half the limit each. A hit in the older one is copied into the newer;
 * when the newer fills, the older is dropped whole and the newer takes its
 * place. Near enough least-recently-used, without what an exact LRU Map pays
 * on every hit (a delete and a re-insert, and V8 keeps deleted slots until it
 * rehashes), which the ranking's dozens of look-ups per question felt.
 */
export interface RecentCache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): T;
  clear(): void;
}

export function createRecentCache<T>(limit: number): RecentCache<T> {
  const half = Math.max(1, Math.ceil(limit / 2));
  let newer = new Map<string, T>();
  let older = new Map<string, T>();
  const set = (key: string, value: T): T => {
    newer.set(key, value);
    if (newer.size >= half) {
      older = newer;
      newer = new Map();
    }
    return value;
  };
  return {
    get(key) {
      const value = newer.get(key);
      if (value !== undefined) return value;
      const kept = older.get(key);
      return kept === undefined ? undefined : set(key, kept);
    },
    set,
    clear() {
      newer = new Map();
      older = new Map();
    },
  };
}
