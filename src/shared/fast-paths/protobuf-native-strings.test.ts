import $protobuf from 'protobufjs/minimal.js';
import { describe, expect, it } from 'vitest';
import { v1 } from '../proto/index.js';
import { protobufNativeStrings, readStringNatively } from './protobuf-native-strings.js';

/** A Run message holding only `id` (field 1), as raw bytes, so the string's bytes can be anything. */
function runWithIdBytes(id: Buffer): Buffer {
  const length: number[] = [];
  let rest = id.length;
  for (; rest >= 0x80; rest >>>= 7) length.push((rest & 0x7f) | 0x80);
  length.push(rest);
  return Buffer.concat([Buffer.from([0x0a, ...length]), id]);
}

/** Reads the string field of `message` (its tag already skipped) with `read`; what it returns or throws. */
function readWith(read: (this: $protobuf.BufferReader) => string, message: Buffer): unknown {
  const reader = new $protobuf.BufferReader(message);
  reader.uint32(); // the field's tag
  try {
    return { value: read.call(reader), pos: reader.pos };
  } catch (error) {
    return { threw: (error as Error).constructor.name };
  }
}

/** protobufjs' own reader, the one this fast path stands in for. */
const stockRead = $protobuf.Reader.prototype.stringVerify;

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
const invalid = [[0xc3], [0x61, 0xff, 0x62], [0xed, 0xa0, 0x80], [0xc0, 0xaf]].map((bytes) =>
  runWithIdBytes(Buffer.from(bytes)),
);
// A long string (past the ASCII scan) with one bad byte at the end.
invalid.push(runWithIdBytes(Buffer.concat([Buffer.from('a'.repeat(200)), Buffer.from([0xff])])));

describe('the native string reader', () => {
  it('is not installed by importing the contract', () => {
    expect(Object.hasOwn($protobuf.BufferReader.prototype, 'stringVerify')).toBe(false);
    expect($protobuf.BufferReader.prototype.stringVerify).toBe(stockRead);
  });

  it("reads ASCII, Latin-1 letters, Cyrillic, emoji and empty strings as protobufjs' own reader does", () => {
    for (const text of texts) {
      const message = runWithIdBytes(Buffer.from(text));
      const native = readWith(readStringNatively, message);
      expect(native).toEqual(readWith(stockRead, message));
      expect(native).toMatchObject({ value: text });
    }
  });

  it('refuses invalid UTF-8 and a string that runs past the end of the message, as protobufjs does', () => {
    const truncated = runWithIdBytes(Buffer.from('abcdef')).subarray(0, 5);
    for (const message of [...invalid, truncated]) {
      const native = readWith(readStringNatively, message);
      expect(native).toHaveProperty('threw');
      expect(readWith(stockRead, message)).toHaveProperty('threw');
    }
    expect(readWith(readStringNatively, truncated)).toEqual({ threw: 'RangeError' });
  });

  it('serves the generated decoders once installed', () => {
    protobufNativeStrings.install!();
    expect($protobuf.BufferReader.prototype.stringVerify).toBe(readStringNatively);
    for (const text of texts) {
      const run = v1.Run.decode(Buffer.from(v1.Run.encode({ id: text, projectName: `${text}!` }).finish()));
      expect(run.id).toBe(text);
      expect(run.projectName).toBe(`${text}!`);
    }
    for (const message of invalid) expect(() => v1.Run.decode(message)).toThrow();
  });
});
