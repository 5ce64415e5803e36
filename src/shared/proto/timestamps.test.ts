import { describe, expect, it } from 'vitest';
import { fromTimestamp, timestampToIso, toTimestamp } from './timestamps.js';

describe('timestampToIso', () => {
  it('writes what Date#toISOString writes, to the millisecond', () => {
    const samples = [
      0,
      999,
      1000,
      86_399_999,
      86_400_000,
      951_782_400_000, // 2000-02-29
      1_795_797_689_123,
      253_402_300_799_999, // 9999-12-31T23:59:59.999Z
    ];
    for (let i = 0; i < 5000; i++) samples.push(Math.floor(Math.random() * 253_402_300_800_000));
    for (const ms of samples) {
      expect(timestampToIso(toTimestamp(new Date(ms))), String(ms)).toBe(new Date(ms).toISOString());
    }
  });

  it('drops sub-millisecond nanos as Date does, and pads milliseconds', () => {
    expect(timestampToIso({ seconds: 1_795_797_689, nanos: 123_999_999 })).toBe('2026-11-27T16:41:29.123Z');
    expect(timestampToIso({ seconds: 1_795_797_689, nanos: 5_000_000 })).toBe('2026-11-27T16:41:29.005Z');
    expect(timestampToIso({})).toBe('1970-01-01T00:00:00.000Z');
  });

  it('leaves years outside 1970–9999 to Date', () => {
    for (const ms of [-1, -86_400_001, -62_198_755_200_000, 253_402_300_800_000, 8.64e15]) {
      expect(timestampToIso(toTimestamp(new Date(ms)))).toBe(new Date(ms).toISOString());
    }
  });

  it('is null when unset', () => {
    expect(timestampToIso(null)).toBeNull();
    expect(timestampToIso(undefined)).toBeNull();
    expect(fromTimestamp(null)).toBeNull();
  });
});
