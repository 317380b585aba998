import { describe, expect, it } from 'vitest';
import { createOnce } from '../../src/adapters/slack/once.ts';

describe('createOnce', () => {
  it('lets a key through once, and any later set sharing a key is a duplicate', () => {
    const once = createOnce();
    expect(once.first(['event:E1', 'message:C1:1.0'])).toBe(true);
    expect(once.first(['event:E1', 'message:C1:1.0'])).toBe(false);
    // The same message delivered under another event id (app_mention and message.im).
    expect(once.first(['event:E2', 'message:C1:1.0'])).toBe(false);
    expect(once.first(['event:E3', 'message:C1:2.0'])).toBe(true);
  });

  it('forgets keys after the window', () => {
    let now = 0;
    const once = createOnce({ ttlMs: 1000, now: () => now });
    expect(once.first(['a'])).toBe(true);
    now = 999;
    expect(once.first(['b'])).toBe(true);
    expect(once.first(['a'])).toBe(false);
    now = 999 + 1000;
    expect(once.first(['a'])).toBe(true);
  });

  it('keeps at most `max` keys, dropping the oldest', () => {
    const once = createOnce({ max: 2 });
    once.first(['a']);
    once.first(['b']);
    once.first(['c']);
    expect(once.first(['c'])).toBe(false);
    expect(once.first(['a'])).toBe(true);
  });
});
