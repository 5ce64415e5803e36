import { describe, expect, it } from 'vitest';
import { HttpResponseReader } from './http-response-reader.js';

const bytes = (text: string) => Buffer.from(text, 'latin1');

/** Feeds `text` to a fresh reader cut into pieces of `size` bytes; returns all statuses it completed. */
function readInPieces(text: string, size: number): number[] {
  const reader = new HttpResponseReader();
  const statuses: number[] = [];
  const data = bytes(text);
  for (let offset = 0; offset < data.length; offset += size) {
    statuses.push(...reader.push(data.subarray(offset, offset + size)));
  }
  return statuses;
}

const withLength = (status: number, body: string) =>
  `HTTP/1.1 ${status} X\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
const chunked = (status: number, chunks: string[], trailers = '') =>
  `HTTP/1.1 ${status} X\r\nTransfer-Encoding: chunked\r\n\r\n` +
  chunks.map((chunk) => `${chunk.length.toString(16)}\r\n${chunk}\r\n`).join('') +
  `0\r\n${trailers}\r\n`;

describe('HttpResponseReader', () => {
  const stream =
    withLength(200, '{"result":{"data":[1,2,3]}}') +
    chunked(207, ['{"a":', '"\r\n0\r\n"}']) +
    withLength(204, '') +
    chunked(200, ['x'.repeat(300)], 'x-trailer: 1\r\n') +
    withLength(500, 'HTTP/1.1 200 OK\r\n\r\n');

  it('ends each response where its framing says, however the bytes are cut', () => {
    for (const size of [1, 2, 3, 7, 64, 1024, 100_000]) {
      expect(readInPieces(stream, size), `pieces of ${size}`).toEqual([200, 207, 204, 200, 500]);
    }
  });

  it('completes nothing until the last byte of a body has arrived', () => {
    const reader = new HttpResponseReader();
    const response = bytes(withLength(200, 'abcdef'));
    expect(reader.push(response.subarray(0, response.length - 1))).toEqual([]);
    expect(reader.push(response.subarray(response.length - 1))).toEqual([200]);
  });

  it('refuses a response that only the connection closing could end', () => {
    expect(() =>
      new HttpResponseReader().push(bytes('HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nabc')),
    ).toThrow(/neither Content-Length nor chunked/);
  });

  it('refuses bytes that are not an HTTP/1.x response', () => {
    expect(() => new HttpResponseReader().push(bytes('SSH-2.0-OpenSSH\r\n\r\n'))).toThrow(
      /not an HTTP\/1.1 response/,
    );
  });

  it('refuses a malformed chunk size', () => {
    expect(() =>
      new HttpResponseReader().push(bytes('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n')),
    ).toThrow(/bad chunk size/);
  });
});
