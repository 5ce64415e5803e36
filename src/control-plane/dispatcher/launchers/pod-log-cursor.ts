/**
 * Where a pod log follower stands, so that a new connection (or a new control-plane) resumes
 * without losing or repeating a line. The API's `sinceTime` cannot say it alone: the API server
 * passes it on to the kubelet to the second, and lines sharing a timestamp cannot be told apart by
 * it. So the cursor is the last stored line's timestamp, to the nanosecond, plus how many stored
 * lines carried exactly that timestamp; lines up to there are skipped when they come again.
 */
export interface PodLogCursor {
  /** Nanoseconds since the epoch of the last line taken. */
  nanos: bigint;
  /** Lines taken with exactly that timestamp. */
  count: number;
}

const rfc3339 = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

/** Nanoseconds since the epoch of an RFC 3339 timestamp with up to nine fractional digits; null if malformed. */
export function parseLogTimestamp(text: string): bigint | null {
  const match = rfc3339.exec(text);
  if (!match) return null;
  const seconds = Date.parse(`${match[1]}${match[3]}`);
  if (Number.isNaN(seconds)) return null;
  return BigInt(seconds) * 1_000_000n + BigInt((match[2] ?? '').padEnd(9, '0'));
}

/** RFC 3339 with nanoseconds, UTC. */
export function formatNanos(nanos: bigint): string {
  const seconds = Number(nanos / 1_000_000_000n);
  const fraction = (nanos % 1_000_000_000n).toString().padStart(9, '0');
  return `${new Date(seconds * 1000).toISOString().slice(0, 19)}.${fraction}Z`;
}

/** `sinceTime` for resuming: the cursor's second (the server compares at that precision anyway). */
export function sinceTimeOf(cursor: PodLogCursor): string {
  return `${new Date(Number(cursor.nanos / 1_000_000n)).toISOString().slice(0, 19)}Z`;
}

export function encodeCursor(cursor: PodLogCursor): string {
  return `${formatNanos(cursor.nanos)} ${cursor.count}`;
}

/** The stored form back; null for an absent or unreadable cursor (then the log is read from its start). */
export function decodeCursor(text: string | null): PodLogCursor | null {
  if (!text) return null;
  const [timestamp = '', count = ''] = text.split(' ');
  const nanos = parseLogTimestamp(timestamp);
  if (nanos === null || !/^\d+$/.test(count)) return null;
  return { nanos, count: Number(count) };
}

/**
 * Decides, line by line of one connection's output, what is new: lines before the resume cursor,
 * and the first `count` lines at its timestamp, were taken already.
 */
export class ResumeFilter {
  private skipAtCursor: number;
  private position: PodLogCursor | null;

  constructor(private readonly resumeFrom: PodLogCursor | null) {
    this.skipAtCursor = resumeFrom?.count ?? 0;
    this.position = resumeFrom ? { ...resumeFrom } : null;
  }

  /** True when the line is new; the position then moves past it. */
  take(nanos: bigint): boolean {
    const from = this.resumeFrom;
    if (from && nanos < from.nanos) return false;
    if (from && nanos === from.nanos && this.skipAtCursor > 0) {
      this.skipAtCursor -= 1;
      return false;
    }
    // A line stamped earlier than one already taken (stdout and stderr race in the kubelet's
    // file) is new, but the position stays at the latest timestamp.
    if (this.position && nanos < this.position.nanos) return true;
    this.position =
      this.position && this.position.nanos === nanos
        ? { nanos, count: this.position.count + 1 }
        : { nanos, count: 1 };
    return true;
  }

  /** Where this connection stands after the lines taken so far. */
  get cursor(): PodLogCursor | null {
    return this.position;
  }
}
