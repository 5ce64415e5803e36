import { type google } from './generated/controlplane.js';

type TimestampInit = google.protobuf.Timestamp.$Properties;

export function toTimestamp(date: Date): TimestampInit {
  const ms = date.getTime();
  const seconds = Math.floor(ms / 1000);
  return { seconds, nanos: (ms - seconds * 1000) * 1_000_000 };
}

export function toOptionalTimestamp(date: Date | null | undefined): TimestampInit | null {
  return date ? toTimestamp(date) : null;
}

export function fromTimestamp(timestamp: TimestampInit | null | undefined): Date | null {
  if (!timestamp) return null;
  const seconds = Number(timestamp.seconds ?? 0);
  const nanos = timestamp.nanos ?? 0;
  return new Date(seconds * 1000 + Math.floor(nanos / 1_000_000));
}

const secondsPerDay = 86_400;
/** 9999-12-31T23:59:59Z: past it `toISOString` writes six-digit years, which the fast path does not. */
const lastFourDigitYearSecond = 253_402_300_799;
const code = (char: string) => char.charCodeAt(0);
const [zero, dash, tee, colon, dot, zed] = [code('0'), code('-'), code('T'), code(':'), code('.'), code('Z')];
/** The character codes of a day's `YYYYMMDD`. */
// prettier-ignore
type DayDigits = [number, number, number, number, number, number, number, number];
/** By day number since the epoch; bounded, since a page spans few days. */
const dayDigits = new Map<number, DayDigits>();
const maxCachedDays = 4096;

function digitsOfDay(day: number): DayDigits {
  let digits = dayDigits.get(day);
  if (digits === undefined) {
    if (dayDigits.size >= maxCachedDays) dayDigits.clear();
    const iso = new Date(day * secondsPerDay * 1000).toISOString(); // YYYY-MM-DDT…
    digits = [0, 1, 2, 3, 5, 6, 8, 9].map((index) => iso.charCodeAt(index)) as DayDigits;
    dayDigits.set(day, digits);
  }
  return digits;
}

/**
 * ISO-8601 string of a timestamp (`Date#toISOString`'s format, milliseconds), or null when unset.
 * Every list page the edge answers formats a few of these per row, and on Node 20
 * `new Date(…).toISOString()` costs ~0.5 µs each, a tenth of the edge's CPU per `runs.list` page.
 * Here the string is made in one piece from character codes (the date's digits cached per day):
 * a fifth of the time, and one flat string, where concatenating pieces would leave a tree of
 * strings for JSON.stringify to copy. Years outside 1970–9999 take the Date path.
 */
export function timestampToIso(timestamp: TimestampInit | null | undefined): string | null {
  if (!timestamp) return null;
  const seconds = Number(timestamp.seconds ?? 0);
  const nanos = timestamp.nanos ?? 0;
  if (!(seconds >= 0 && seconds <= lastFourDigitYearSecond && nanos >= 0 && nanos < 1_000_000_000))
    return fromTimestamp(timestamp)!.toISOString();
  const secondOfDay = seconds % secondsPerDay;
  const [y1, y2, y3, y4, mo1, mo2, d1, d2] = digitsOfDay((seconds - secondOfDay) / secondsPerDay);
  const hours = Math.floor(secondOfDay / 3600);
  const minutes = Math.floor((secondOfDay % 3600) / 60);
  const secs = secondOfDay % 60;
  const millis = Math.floor(nanos / 1_000_000);
  // prettier-ignore
  return String.fromCharCode(
    y1, y2, y3, y4, dash, mo1, mo2, dash, d1, d2, tee,
    zero + Math.floor(hours / 10), zero + (hours % 10), colon,
    zero + Math.floor(minutes / 10), zero + (minutes % 10), colon,
    zero + Math.floor(secs / 10), zero + (secs % 10), dot,
    zero + Math.floor(millis / 100), zero + (Math.floor(millis / 10) % 10), zero + (millis % 10), zed,
  );
}
