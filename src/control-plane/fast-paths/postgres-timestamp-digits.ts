import { type FastPath } from '../../shared/fast-paths/fast-path.js';

/** Milliseconds since the epoch of each calendar day met so far, by `YYYYMMDD`; a page spans few days. */
const dayStarts = new Map<number, number>();
const maxCachedDays = 4096;

/** The number written by the digits of `text` from `start` up to `end`; NaN when one is not a digit. */
function digitsAt(text: string, start: number, end: number): number {
  let value = 0;
  for (let index = start; index < end; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Milliseconds since the epoch of PostgreSQL's text of a timestamptz in a UTC session,
 * `YYYY-MM-DD HH:MM:SS[.ffffff]+00`, read digit by digit; NaN for any other shape.
 */
export function utcTimestampMillis(text: string): number {
  const length = text.length;
  if (length < 22 || length > 29 || !text.endsWith('+00')) return NaN;
  if (text[4] !== '-' || text[7] !== '-' || text[10] !== ' ' || text[13] !== ':' || text[16] !== ':')
    return NaN;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 7);
  const day = digitsAt(text, 8, 10);
  const hours = digitsAt(text, 11, 13);
  const minutes = digitsAt(text, 14, 16);
  const seconds = digitsAt(text, 17, 19);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hours <= 23 && minutes <= 59 && seconds <= 59))
    return NaN; // NaN fails every comparison, so a non-digit lands here too
  // The fraction: `.` and 1–6 digits before `+00`; its first three are the milliseconds.
  const fractionEnd = length - 3;
  let millis = 0;
  if (fractionEnd > 19) {
    if (text[19] !== '.' || fractionEnd === 20 || Number.isNaN(digitsAt(text, 20, fractionEnd))) return NaN;
    const msDigits = Math.min(fractionEnd, 23) - 20;
    millis = digitsAt(text, 20, 20 + msDigits) * 10 ** (3 - msDigits);
  }
  const dayKey = year * 10_000 + month * 100 + day;
  let dayStart = dayStarts.get(dayKey);
  if (dayStart === undefined) {
    dayStart = Date.UTC(year, month - 1, day);
    if (dayStarts.size >= maxCachedDays) dayStarts.clear();
    dayStarts.set(dayKey, dayStart);
  }
  return dayStart + hours * 3_600_000 + minutes * 60_000 + seconds * 1000 + millis;
}

export const postgresTimestampDigits: FastPath<'postgres-timestamp-digits'> = {
  name: 'postgres-timestamp-digits',
  replaces:
    "new Date(text) for PostgreSQL's timestamps in raw rows, because lists convert a few hundred per call",
  // Wired by the composition root (app.ts), which alone may reach into persistence.
};
