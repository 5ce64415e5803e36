import { useEffect, useState } from 'react';

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

export function formatRelative(iso: string, now: number, locale: string): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      // Under ten seconds "now" reads better than a number that changes every tick.
      if (unit === 'second' && Math.abs(seconds) < 10) return format.format(0, 'second');
      return format.format(Math.round(seconds / size), unit);
    }
  }
  return format.format(0, 'second');
}

export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso));
}

/** Elapsed whole minutes and seconds between two instants (or until now while still running). */
export function elapsed(
  fromIso: string,
  toIso: string | null,
  now: number,
): { minutes: number; seconds: number } {
  const end = toIso ? new Date(toIso).getTime() : now;
  const total = Math.max(0, Math.round((end - new Date(fromIso).getTime()) / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

/** The current time, re-read every `intervalMs`, so relative times stay true without a reload. */
export function useNow(intervalMs = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}
