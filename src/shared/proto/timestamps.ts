import { type google } from './generated/controlplane.js';

export type TimestampInit = google.protobuf.Timestamp.$Properties;

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

/** Writes a set timestamp as `Date#toISOString` does (milliseconds). */
export type TimestampIsoWriter = (timestamp: TimestampInit) => string;

const isoByDate: TimestampIsoWriter = (timestamp) => fromTimestamp(timestamp)!.toISOString();
let isoWriter = isoByDate;

/**
 * Sets how timestampToIso writes (the edge's `iso-timestamp-digits` fast path installs its own);
 * without a call, Date's.
 */
export function useTimestampIsoWriter(writer: TimestampIsoWriter = isoByDate): void {
  isoWriter = writer;
}

/** ISO-8601 string of a timestamp (`Date#toISOString`'s format, milliseconds), or null when unset. */
export function timestampToIso(timestamp: TimestampInit | null | undefined): string | null {
  return timestamp ? isoWriter(timestamp) : null;
}
