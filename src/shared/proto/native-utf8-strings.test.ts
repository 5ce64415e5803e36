import $protobuf from 'protobufjs/minimal.js';
import { describe, expect, it } from 'vitest';
import { v1 } from './index.js';

/** A Run message holding only `id` (field 1), as raw bytes, so the string's bytes can be anything. */
function runWithIdBytes(id: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0x0a, id.length]), id]);
}

/** The same for ids of 128 bytes or more, whose length takes a two-byte varint. */
function runWithLengthDelimitedId(id: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0x0a, (id.length & 0x7f) | 0x80, id.length >> 7]), id]);
}

describe('string fields from a Buffer', () => {
  it('go through the native reader once the contract is imported', () => {
    expect($protobuf.BufferReader.prototype.stringVerify.name).toBe('readStringNatively');
    expect($protobuf.Reader.create(Buffer.alloc(1))).toBeInstanceOf($protobuf.BufferReader);
  });

  it('decode ASCII, Latin-1 letters, Cyrillic, emoji and empty strings as written', () => {
    const long = `{"payload":"${'x'.repeat(10_000)}"}`;
    const texts = [
      '7a3f1c2e-5b6d-4e8f-9a0b-1c2d3e4f5a6b',
      'Café',
      'Проект «Альфа»',
      'ship it 🚀',
      '',
      long,
      `${long}🚀`,
    ];
    for (const text of texts) {
      const bytes = Buffer.from(v1.Run.encode({ id: text, projectName: `${text}!` }).finish());
      const run = v1.Run.decode(bytes);
      expect(run.id).toBe(text);
      expect(run.projectName).toBe(`${text}!`);
    }
  });

  it('refuse invalid UTF-8, as proto3 requires', () => {
    for (const invalid of [[0xc3], [0x61, 0xff, 0x62], [0xed, 0xa0, 0x80], [0xc0, 0xaf]]) {
      expect(() => v1.Run.decode(runWithIdBytes(Buffer.from(invalid)))).toThrow();
    }
    // A long string (past the ASCII scan) with one bad byte at the end.
    const longInvalid = Buffer.concat([Buffer.from('a'.repeat(200)), Buffer.from([0xff])]);
    expect(() => v1.Run.decode(runWithLengthDelimitedId(longInvalid))).toThrow();
  });

  it('refuse a string that runs past the end of the message', () => {
    const truncated = runWithIdBytes(Buffer.from('abcdef')).subarray(0, 5);
    expect(() => v1.Run.decode(truncated)).toThrow(RangeError);
  });
});
