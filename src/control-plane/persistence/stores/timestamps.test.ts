import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utcTimestampMillis } from '../../fast-paths/postgres-timestamp-digits.js';
import { toDate, toOptionalDate, usePostgresTimestampParser } from './timestamps.js';

/** What PostgreSQL writes for a timestamptz in a UTC session, with `fraction` digits of seconds. */
function postgresText(ms: number, micros: string): string {
  const iso = new Date(ms).toISOString(); // 2026-11-27T10:55:08.162Z
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${micros}+00`;
}

afterAll(() => usePostgresTimestampParser());

// The same expectations with the stock parser (new Date) and with the fast path's digit parser.
describe.each([
  ['Date', undefined],
  ['the postgres-timestamp-digits fast path', utcTimestampMillis],
])('toDate, parsed by %s', (_name, parser) => {
  beforeAll(() => usePostgresTimestampParser(parser));

  it('reads PostgreSQL UTC text to the millisecond, with or without a fraction of 1–6 digits', () => {
    const samples = [0, 951_782_400_000, 1_795_797_689_123, 253_402_300_799_999];
    for (let i = 0; i < 3000; i++) samples.push(Math.floor(Math.random() * 253_402_300_800_000));
    for (const ms of samples) {
      const whole = ms - (ms % 1000);
      const millis = String(ms % 1000).padStart(3, '0');
      expect(toDate(postgresText(ms, `.${millis}456`)).getTime()).toBe(ms);
      expect(toDate(postgresText(ms, `.${millis}`)).getTime()).toBe(ms);
      expect(toDate(postgresText(ms, '')).getTime()).toBe(whole);
    }
    expect(toDate('2026-11-27 10:55:08.5+00').toISOString()).toBe('2026-11-27T10:55:08.500Z');
    expect(toDate('2026-11-27 10:55:08.16+00').toISOString()).toBe('2026-11-27T10:55:08.160Z');
    expect(toDate('2024-02-29 23:59:59.999999+00').toISOString()).toBe('2024-02-29T23:59:59.999Z');
  });

  it('reads other offsets through the general path', () => {
    expect(toDate('2026-11-27 12:55:08.162345+02').toISOString()).toBe('2026-11-27T10:55:08.162Z');
    expect(toDate('2026-11-27 05:25:08+05:30').toISOString()).toBe('2026-11-26T23:55:08.000Z');
  });

  it('refuses text that is no timestamp, rather than guessing one', () => {
    for (const text of [
      'not a timestamp',
      '2026-13-27 10:55:08+00',
      '2026-11-27 25:55:08+00',
      '2026-11-2x 10:55:08+00',
      '2026-11-27 10:55:08.+00',
      '2026-11-27 10:55:08.12a+00',
    ]) {
      expect(() => toDate(text), text).toThrow(/unparseable timestamp from the database/);
    }
  });

  it('passes Dates and nulls through', () => {
    const date = new Date(1_795_797_689_123);
    expect(toDate(date)).toBe(date);
    expect(toOptionalDate(null)).toBeNull();
  });
});
