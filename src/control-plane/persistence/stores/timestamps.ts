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
 * `YYYY-MM-DD HH:MM:SS[.ffffff]+00`, read digit by digit; NaN for any other shape. Lists convert
 * a few hundred of these per call, faster than `new Date(text)` does (docs/decisions.md, issue 5).
 */
function utcTimestampMillis(text: string): number {
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

/**
 * MikroORM's connection hands timestamps over as PostgreSQL text (`2026-11-27 10:55:08.162345+00`);
 * this turns them into Dates (millisecond precision is what the API shows).
 */
export function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  const millis = utcTimestampMillis(value);
  if (!Number.isNaN(millis)) return new Date(millis);
  // Other offsets, years past 9999 or BC: the general path.
  const iso = value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`unparseable timestamp from the database: ${value}`);
  return date;
}

export function toOptionalDate(value: string | Date | null): Date | null {
  return value === null ? null : toDate(value);
}
