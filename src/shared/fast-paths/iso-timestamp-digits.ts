import { fromTimestamp, type TimestampInit, useTimestampIsoWriter } from '../proto/timestamps.js';
import { type FastPath } from './fast-path.js';

const secondsPerDay = 86_400;
/** 9999-12-31T23:59:59Z: past it `toISOString` writes six-digit years, which this writer does not. */
const lastFourDigitYearSecond = 253_402_300_799;
const code = (char: string) => char.charCodeAt(0);
const [zero, dash, tee, colon, dot, zed] = [code('0'), code('-'), code('T'), code(':'), code('.'), code('Z')];
/** The character codes of a day's `YYYYMMDD`. */
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
 * What `Date#toISOString` writes for a timestamp, made in one flat string from character codes
 * (a concatenation would leave a tree of strings for JSON.stringify to copy flat again), the
 * date's digits cached per day. Years outside 1970–9999 take the Date path.
 */
export function timestampToIsoByDigits(timestamp: TimestampInit): string {
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

export const isoTimestampDigits: FastPath<'iso-timestamp-digits'> = {
  name: 'iso-timestamp-digits',
  replaces:
    "Date#toISOString for the API's timestamps, because on Node 20 it is a tenth of the edge's CPU per page of runs",
  install: () => useTimestampIsoWriter(timestampToIsoByDigits),
};
