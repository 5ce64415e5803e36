import { StringDecoder } from 'node:string_decoder';
import { Writable } from 'node:stream';
import { type RedactionRules, StreamRedactor } from './redaction.js';
import { type PendingChunk, type RunLogState, type RunLogStream, type RunLogWriterStore } from './ports.js';

/** The last line of a log cut at the size cap (SPEC §12). */
export const truncationMarker = '[log truncated]\n';
const markerBytes = Buffer.byteLength(truncationMarker);

export interface RunLogWriterOptions {
  runId: string;
  store: RunLogWriterStore;
  rules: RedactionRules;
  /** CODEXK8S_RUN_LOG_MAX_BYTES: stored text, the marker included, never exceeds it. */
  maxBytes: number;
  /** Pending output is stored at the latest this long after it arrived. */
  flushIntervalMs: number;
  /** Largest chunk text; more pending output than this is stored at once. */
  maxChunkBytes: number;
  /** Pending output past this makes the writer push back on its source (the child, the pod log). */
  highWaterBytes: number;
  /** Wait after a failed store before trying again (the output stays pending meanwhile). */
  retryMs: number;
  /** Chunks were stored (the live feed of this replica looks at once). */
  onStored?: (runId: string) => void;
  onError?: (error: unknown, runId: string) => void;
}

type ChunkDraft = PendingChunk & { bytes: number };

/** The longest prefix of `text` whose UTF-8 encoding fits in `bytes`. */
function utf8Prefix(text: string, bytes: number): string {
  const encoded = Buffer.from(text, 'utf8');
  if (encoded.length <= bytes) return text;
  let end = bytes;
  // Step back over continuation bytes (10xxxxxx) so no character is cut in two.
  while (end > 0 && ((encoded[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return encoded.subarray(0, end).toString('utf8');
}

/** PostgreSQL text cannot hold NUL; a child may print it. */
function storable(text: string): string {
  return text.includes('\0') ? text.replaceAll('\0', '\uFFFD') : text;
}

/**
 * Everything one run prints, on its way to `run_log_chunks`: decoded per stream, redacted,
 * batched into chunks (consecutive output of one stream, up to `maxChunkBytes`), stored every
 * `flushIntervalMs` in one statement per batch, cut at `maxBytes` with the truncation marker.
 * Back-pressure instead of unbounded memory: while `highWaterBytes` wait unstored, the writable
 * streams hold their callbacks, so a pipe stops reading and the child blocks on its writes.
 */
export class RunLogWriter {
  private readonly redactors = new Map<RunLogStream, StreamRedactor>();
  private pending: ChunkDraft[] = [];
  private pendingBytes = 0;
  private pendingCursor: string | null = null;
  private nextSeq: number;
  private storedBytes: number;
  /** Bytes of the batch being stored right now (counted against the cap like stored ones). */
  private inFlightBytes = 0;
  private truncatedFlag: boolean;
  private closedFlag: boolean;
  private lost = false;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private drainWaiters: (() => void)[] = [];
  private closing: Promise<void> | null = null;
  private readonly truncatedListeners = new Set<() => void>();

  constructor(
    private readonly options: RunLogWriterOptions,
    state: RunLogState,
  ) {
    this.nextSeq = state.nextSeq;
    this.storedBytes = state.bytes;
    this.truncatedFlag = state.truncated;
    this.closedFlag = state.closed;
    this.sourceCursor = state.sourceCursor;
  }

  /** The source cursor of the last output accepted (stored or pending). */
  sourceCursor: string | null;

  get runId(): string {
    return this.options.runId;
  }

  /** True once the cap was reached: further output is dropped, sources may stop reading. */
  get truncated(): boolean {
    return this.truncatedFlag;
  }

  /** True when nothing more will be stored: closed, or another writer took the log over. */
  get finished(): boolean {
    return this.closedFlag || this.lost;
  }

  onTruncated(listener: () => void): void {
    this.truncatedListeners.add(listener);
  }

  /**
   * A Writable for one stream of a child process: bytes are decoded as UTF-8 (a character split
   * across reads is kept whole; invalid bytes become U+FFFD). Ending it emits what the redactor held.
   */
  writable(stream: 'stdout' | 'stderr'): Writable {
    const decoder = new StringDecoder('utf8');
    return new Writable({
      highWaterMark: 64 * 1024,
      write: (chunk: Buffer, _encoding, callback) => {
        const accepted = this.write(stream, decoder.write(chunk), new Date());
        if (accepted) callback();
        else void this.drained().then(() => callback());
      },
      final: (callback) => {
        this.write(stream, decoder.end(), new Date());
        this.endStream(stream);
        callback();
      },
    });
  }

  /**
   * Adds output of one stream. `cursor` is where the source stands once this text is stored (kept
   * with the batch that stores it). Returns false while the writer wants its source to wait for
   * `drained()`.
   */
  write(stream: RunLogStream, text: string, at: Date, cursor?: string): boolean {
    if (this.finished || this.closing) return true;
    if (text.length > 0) this.accept(stream, this.redactor(stream).push(text), at);
    if (cursor !== undefined && !this.heldBack(stream)) {
      this.sourceCursor = cursor;
      this.pendingCursor = cursor;
    }
    return this.pendingBytes < this.options.highWaterBytes || this.finished;
  }

  /** Resolves once pending output is below the high-water mark again (or the writer finished). */
  drained(): Promise<void> {
    if (this.pendingBytes < this.options.highWaterBytes || this.finished) return Promise.resolve();
    return new Promise((resolve) => this.drainWaiters.push(resolve));
  }

  /**
   * The capture is complete: emits what the redactors held, ends with `note` (a system line) when
   * given, stores everything and closes the log. Safe to call more than once.
   */
  close(note?: string): Promise<void> {
    this.closing ??= (async () => {
      for (const stream of [...this.redactors.keys()]) this.endStream(stream);
      if (note && !this.finished) this.accept('system', note.endsWith('\n') ? note : `${note}\n`, new Date());
      this.clearTimer();
      while (!this.finished) {
        await this.flush(true);
        if (!this.finished) await new Promise((resolve) => setTimeout(resolve, this.options.retryMs));
      }
      this.releaseWaiters();
    })();
    return this.closing;
  }

  private redactor(stream: RunLogStream): StreamRedactor {
    let redactor = this.redactors.get(stream);
    if (!redactor) {
      redactor = new StreamRedactor(this.options.rules);
      this.redactors.set(stream, redactor);
    }
    return redactor;
  }

  private heldBack(stream: RunLogStream): boolean {
    return this.redactors.get(stream)?.holding ?? false;
  }

  private endStream(stream: RunLogStream): void {
    const redactor = this.redactors.get(stream);
    if (redactor) this.accept(stream, redactor.end(), new Date());
  }

  private accept(stream: RunLogStream, raw: string, at: Date): void {
    if (raw.length === 0 || this.truncatedFlag || this.finished) return;
    let text = storable(raw);
    let bytes = Buffer.byteLength(text);
    const room =
      this.options.maxBytes - markerBytes - this.storedBytes - this.inFlightBytes - this.pendingBytes;
    const overflow = bytes > room;
    if (overflow) {
      text = utf8Prefix(text, Math.max(room, 0));
      bytes = Buffer.byteLength(text);
    }
    this.append(stream, text, bytes, at);
    if (overflow) {
      this.truncatedFlag = true;
      this.append('system', truncationMarker, markerBytes, at);
      for (const listener of this.truncatedListeners) listener();
    }
    this.schedule();
  }

  /** Adds text to the pending chunks: onto the last one while it is of the same stream and has room. */
  private append(stream: RunLogStream, text: string, bytes: number, at: Date): void {
    const { maxChunkBytes } = this.options;
    this.pendingBytes += bytes;
    let rest = text;
    let restBytes = bytes;
    while (restBytes > 0) {
      const last = this.pending[this.pending.length - 1];
      const space = last && last.stream === stream ? maxChunkBytes - last.bytes : 0;
      if (last && space > 0) {
        const piece = restBytes <= space ? rest : utf8Prefix(rest, space);
        if (piece.length > 0) {
          const pieceBytes = piece === rest ? restBytes : Buffer.byteLength(piece);
          last.text += piece;
          last.bytes += pieceBytes;
          rest = rest.slice(piece.length);
          restBytes -= pieceBytes;
          continue;
        }
      }
      const piece = restBytes <= maxChunkBytes ? rest : utf8Prefix(rest, maxChunkBytes);
      const pieceBytes = piece === rest ? restBytes : Buffer.byteLength(piece);
      this.pending.push({ stream, at, text: piece, bytes: pieceBytes });
      rest = rest.slice(piece.length);
      restBytes -= pieceBytes;
    }
  }

  private schedule(): void {
    if (this.closing) return;
    if (this.pendingBytes >= this.options.maxChunkBytes || this.truncatedFlag) {
      this.clearTimer();
      void this.flush(false);
      return;
    }
    if (!this.timer && this.pending.length > 0)
      this.timer = setTimeout(() => {
        this.timer = null;
        void this.flush(false);
      }, this.options.flushIntervalMs);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Stores the pending batch (one statement); one flush at a time, in order. */
  private async flush(close: boolean): Promise<void> {
    while (this.flushing) await this.flushing;
    if (this.finished) return;
    if (this.pending.length === 0 && !close && this.pendingCursor === null) return;
    const batch = this.pending;
    const bytes = this.pendingBytes;
    const cursor = this.pendingCursor;
    this.pending = [];
    this.pendingBytes = 0;
    this.pendingCursor = null;
    this.inFlightBytes = bytes;
    this.flushing = (async () => {
      try {
        const stored = await this.options.store.append({
          runId: this.options.runId,
          expectedNextSeq: this.nextSeq,
          chunks: batch.map(({ stream, at, text }) => ({ stream, at, text })),
          bytes,
          truncated: this.truncatedFlag,
          sourceCursor: cursor,
          close,
        });
        if (!stored) {
          this.lost = true;
          this.pending = [];
          this.pendingBytes = 0;
        } else {
          this.nextSeq += batch.length;
          this.storedBytes += bytes;
          if (close) this.closedFlag = true;
          if (batch.length > 0) this.options.onStored?.(this.options.runId);
        }
      } catch (error) {
        // Keep the batch in front of anything newer and try again: nothing is lost or reordered.
        this.pending = [...batch, ...this.pending];
        this.pendingBytes += bytes;
        this.pendingCursor ??= cursor;
        this.options.onError?.(error, this.options.runId);
        if (!close && !this.timer)
          this.timer = setTimeout(() => {
            this.timer = null;
            void this.flush(false);
          }, this.options.retryMs);
      } finally {
        this.inFlightBytes = 0;
        this.flushing = null;
      }
    })();
    await this.flushing;
    if (this.pendingBytes < this.options.highWaterBytes || this.finished) this.releaseWaiters();
    if (!close && this.pendingBytes >= this.options.maxChunkBytes && !this.timer) void this.flush(false);
  }

  private releaseWaiters(): void {
    const waiters = this.drainWaiters;
    this.drainWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
