/**
 * Reads HTTP/1.1 responses off one keep-alive connection as their bytes arrive, and tells when
 * each has ended: after Content-Length bytes of body, or after the last chunk of a chunked body.
 * It keeps only the status line's code; headers other than the two framing ones and the body are
 * skipped without being copied, which is what lets a paced load generator stay cheap
 * (paced-load.ts). A response framed any other way (read until close) cannot end on a keep-alive
 * connection and is refused.
 */
export class HttpResponseReader {
  private state: ReaderState = { kind: 'head' };
  /** Bytes of a head, chunk-size line or trailer line that has not fully arrived yet. */
  private carry: Buffer | null = null;
  private status = 0;

  /** Feeds the next bytes; returns the status codes of the responses they completed, in order. */
  push(chunk: Buffer): number[] {
    const data = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
    this.carry = null;
    const completed: number[] = [];
    let offset = 0;
    while (offset < data.length) {
      const state = this.state;
      if (state.kind === 'body' || state.kind === 'chunkData') {
        const taken = Math.min(state.remaining, data.length - offset);
        state.remaining -= taken;
        offset += taken;
        if (state.remaining > 0) break;
        if (state.kind === 'body') this.complete(completed);
        else this.state = { kind: 'chunkSize' };
        continue;
      }
      const separator = state.kind === 'head' ? '\r\n\r\n' : '\r\n';
      const end = data.indexOf(separator, offset);
      if (end < 0) {
        this.carry = data.subarray(offset);
        break;
      }
      const text = data.toString('latin1', offset, end);
      offset = end + separator.length;
      if (state.kind === 'head') this.readHead(text, completed);
      else if (state.kind === 'chunkSize') this.readChunkSize(text);
      // Trailers: lines until an empty one, which ends the response.
      else if (text === '') this.complete(completed);
    }
    return completed;
  }

  private readHead(head: string, completed: number[]): void {
    const statusLine = /^HTTP\/1\.[01] (\d{3})/.exec(head);
    if (!statusLine) throw new Error(`not an HTTP/1.1 response: ${JSON.stringify(head.slice(0, 40))}`);
    this.status = Number(statusLine[1]);
    if (/\r\ntransfer-encoding:[^\r]*chunked/i.test(head)) {
      this.state = { kind: 'chunkSize' };
      return;
    }
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (!length) throw new Error(`response ${this.status} has neither Content-Length nor chunked encoding`);
    const remaining = Number(length[1]);
    if (remaining === 0) this.complete(completed);
    else this.state = { kind: 'body', remaining };
  }

  private readChunkSize(line: string): void {
    const size = Number.parseInt(line.split(';')[0] ?? '', 16);
    if (!Number.isSafeInteger(size) || size < 0)
      throw new Error(`bad chunk size line: ${JSON.stringify(line)}`);
    // A chunk's data is followed by CRLF; the last (empty) chunk by trailers and an empty line.
    this.state = size === 0 ? { kind: 'trailers' } : { kind: 'chunkData', remaining: size + 2 };
  }

  private complete(completed: number[]): void {
    completed.push(this.status);
    this.state = { kind: 'head' };
  }
}

type ReaderState =
  | { kind: 'head' }
  | { kind: 'body'; remaining: number }
  | { kind: 'chunkSize' }
  | { kind: 'chunkData'; remaining: number }
  | { kind: 'trailers' };
