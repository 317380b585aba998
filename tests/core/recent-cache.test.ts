import { describe, expect, it } from 'vitest';
import { createRecentCache } from '../../src/core/engine/recent-cache.ts';

describe('the recent cache', () => {
  it('keeps what is used and forgets what is not', () => {
    const cache = createRecentCache<number>(4);
    for (const [i, key] of ['a', 'b', 'c', 'd', 'e'].entries()) cache.set(key, i);
    expect(cache.get('e')).toBe(4);
    expect(cache.get('a')).toBeUndefined();
    const used = createRecentCache<number>(4);
    used.set('a', 1);
    used.set('b', 2);
    // a and b are as old as each other; a is asked for again, b is not.
    expect(used.get('a')).toBe(1);
    used.set('c', 3);
    used.set('d', 4);
    expect(used.get('a')).toBe(1);
    expect(used.get('b')).toBeUndefined();
  });

  it('never holds more than its limit, however many keys pass through', () => {
    const cache = createRecentCache<number>(10);
    let held = 0;
    for (let i = 0; i < 1000; i += 1) cache.set(`k${i}`, i);
    for (let i = 0; i < 1000; i += 1) if (cache.get(`k${i}`) !== undefined) held += 1;
    expect(held).toBeLessThanOrEqual(10);
    expect(held).toBeGreaterThan(0);
  });

  it('forgets everything when cleared', () => {
    const cache = createRecentCache<string>(8);
    cache.set('x', 'y');
    cache.clear();
    expect(cache.get('x')).toBeUndefined();
  });
});
