import { describe, expect, it } from 'vitest';
import {
  decodeCursor,
  encodeCursor,
  formatNanos,
  parseLogTimestamp,
  ResumeFilter,
  sinceTimeOf,
} from './pod-log-cursor.js';

describe('pod log cursor', () => {
  it('reads RFC 3339 timestamps with any number of fractional digits, as the kubelet writes them', () => {
    const base = BigInt(Date.parse('2026-11-27T10:55:08Z')) * 1_000_000n;
    expect(parseLogTimestamp('2026-11-27T10:55:08Z')).toBe(base);
    expect(parseLogTimestamp('2026-11-27T10:55:08.1Z')).toBe(base + 100_000_000n);
    expect(parseLogTimestamp('2026-11-27T10:55:08.123456789Z')).toBe(base + 123_456_789n);
    expect(parseLogTimestamp('2026-11-27T12:55:08.5+02:00')).toBe(base + 500_000_000n);
    expect(parseLogTimestamp('yesterday')).toBeNull();
    expect(formatNanos(base + 123_456_789n)).toBe('2026-11-27T10:55:08.123456789Z');
    expect(sinceTimeOf({ nanos: base + 999_999_999n, count: 1 })).toBe('2026-11-27T10:55:08Z');
    const cursor = { nanos: base + 7n, count: 3 };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor('garbage')).toBeNull();
  });

  it('skips what was taken before the cursor, lines sharing its timestamp included, and moves on', () => {
    const filter = new ResumeFilter({ nanos: 100n, count: 2 });
    // The server resends from the cursor's second: earlier lines, then the two taken at 100.
    expect([90n, 100n, 100n, 100n, 101n, 101n].map((nanos) => filter.take(nanos))).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
    expect(filter.cursor).toEqual({ nanos: 101n, count: 2 });
    const fresh = new ResumeFilter(null);
    expect(fresh.take(5n)).toBe(true);
    expect(fresh.take(4n)).toBe(true);
    expect(fresh.cursor).toEqual({ nanos: 5n, count: 1 });
  });
});
