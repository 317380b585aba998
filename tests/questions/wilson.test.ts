/** The eval's 95 % intervals (Wilson score), checked against values computed by hand. */
import { describe, expect, it } from 'vitest';
import { wilson } from '../../scripts/eval/report.ts';

describe('wilson', () => {
  it('matches the textbook interval for 45 of 50', () => {
    const [low, high] = wilson(45, 50);
    expect(low).toBeCloseTo(0.7864, 3);
    expect(high).toBeCloseTo(0.9565, 3);
  });

  it('stays inside 0–1 at the ends and widens as the set shrinks', () => {
    expect(wilson(0, 10)[0]).toBe(0);
    expect(wilson(10, 10)[1]).toBe(1);
    const width = (n: number) => wilson(n / 2, n)[1] - wilson(n / 2, n)[0];
    expect(width(20)).toBeGreaterThan(width(200));
  });
});
