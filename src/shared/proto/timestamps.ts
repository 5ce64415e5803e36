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

/** ISO-8601 string of a timestamp, or null when unset. */
export function timestampToIso(timestamp: TimestampInit | null | undefined): string | null {
  return fromTimestamp(timestamp)?.toISOString() ?? null;
}
