import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromTimestamp, timestampToIso, toTimestamp, useTimestampIsoWriter } from '../proto/timestamps.js';
import { isoTimestampDigits, timestampToIsoByDigits } from './iso-timestamp-digits.js';

/** The stock conversion the fast path replaces. */
const byDate = (ms: number) => new Date(ms).toISOString();

describe('timestampToIsoByDigits', () => {
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
    for (const ms of samples)
      expect(timestampToIsoByDigits(toTimestamp(new Date(ms))), String(ms)).toBe(byDate(ms));
  });

  it('drops sub-millisecond nanos as Date does, and pads milliseconds', () => {
    for (const timestamp of [
      { seconds: 1_795_797_689, nanos: 123_999_999 },
      { seconds: 1_795_797_689, nanos: 5_000_000 },
      {},
    ]) {
      expect(timestampToIsoByDigits(timestamp)).toBe(fromTimestamp(timestamp)!.toISOString());
    }
    expect(timestampToIsoByDigits({ seconds: 1_795_797_689, nanos: 5_000_000 })).toBe(
      '2026-11-27T16:41:29.005Z',
    );
  });

  it('leaves years outside 1970–9999 to Date', () => {
    for (const ms of [-1, -86_400_001, -62_198_755_200_000, 253_402_300_800_000, 8.64e15]) {
      expect(timestampToIsoByDigits(toTimestamp(new Date(ms)))).toBe(byDate(ms));
    }
  });
});

describe('timestampToIso', () => {
  afterEach(() => {
    useTimestampIsoWriter();
    vi.restoreAllMocks();
  });

  it('is Date#toISOString until the fast path is installed, and the digits after; null when unset', () => {
    const toIsoString = vi.spyOn(Date.prototype, 'toISOString');
    const timestamp = toTimestamp(new Date(1_795_797_689_123));
    expect(timestampToIso(timestamp)).toBe('2026-11-27T16:41:29.123Z');
    expect(toIsoString).toHaveBeenCalledTimes(1);
    isoTimestampDigits.install!();
    timestampToIso(timestamp); // caches the day's digits (one toISOString)
    toIsoString.mockClear();
    expect(timestampToIso(timestamp)).toBe('2026-11-27T16:41:29.123Z');
    expect(toIsoString).not.toHaveBeenCalled();
    expect(timestampToIso(null)).toBeNull();
    expect(timestampToIso(undefined)).toBeNull();
    expect(fromTimestamp(null)).toBeNull();
  });
});
