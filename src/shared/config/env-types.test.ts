import { describe, expect, it } from 'vitest';
import { durationOrOff } from './env-types.js';

describe('durationOrOff', () => {
  const interval = durationOrOff('5m');

  it('reads 0 as off, durations as milliseconds, and defaults when unset', () => {
    expect(interval.parse('0')).toBe(0);
    expect(interval.parse('30s')).toBe(30_000);
    expect(interval.parse('1h30m')).toBe(5_400_000);
    expect(interval.parse(undefined)).toBe(300_000);
  });

  it('refuses what is neither', () => {
    for (const value of ['', '5', '-1m', 'soon', '0s0'])
      expect(interval.safeParse(value).success, value).toBe(false);
  });
});
