import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signatureMatches } from './signature.js';

const sign = (secret: string, body: Uint8Array | string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe('signatureMatches', () => {
  const notUtf8 = Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0x22, 0x7d]);

  it('checks the HMAC of the exact bytes, not of their UTF-8 decoding', () => {
    expect(signatureMatches(['s3cret'], notUtf8, sign('s3cret', notUtf8))).toBe(true);
    expect(signatureMatches(['s3cret'], notUtf8, sign('s3cret', notUtf8.toString('utf8')))).toBe(false);
  });

  it('accepts any one of the rotated secrets and nothing else', () => {
    const body = Buffer.from('{"zen":"Design for failure."}');
    expect(signatureMatches(['new', 'old'], body, sign('old', body))).toBe(true);
    expect(signatureMatches(['new', 'old'], body, sign('new', body))).toBe(true);
    expect(signatureMatches(['new', 'old'], body, sign('other', body))).toBe(false);
  });

  it.each([
    ['missing', undefined],
    ['sha1', `sha1=${'a'.repeat(40)}`],
    ['upper-case hex', sign('s', Buffer.from('{}')).toUpperCase()],
    ['too short', 'sha256=abc'],
  ])('refuses a %s signature', (_name, signature) => {
    expect(signatureMatches(['s'], Buffer.from('{}'), signature)).toBe(false);
  });

  it('refuses an empty body even when its HMAC is given', () => {
    expect(signatureMatches(['s'], Buffer.alloc(0), sign('s', ''))).toBe(false);
  });
});
