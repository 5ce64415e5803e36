import $protobuf from 'protobufjs/minimal.js';
import { type FastPath } from './fast-path.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** From this length on, the native decoder's validation beats a JavaScript ASCII scan (protobufjs' own threshold). */
const decoderMinLength = 64;

/**
 * Reads a proto3 string field from a Buffer as protobufjs' `Reader#stringVerify` does (invalid
 * UTF-8 is refused), in one piece: a short ASCII string is sliced natively, anything longer or
 * with other bytes goes through a fatal TextDecoder.
 */
export function readStringNatively(this: $protobuf.BufferReader): string {
  const length = this.size();
  const start = this.pos;
  const end = start + length;
  if (end > this.len) throw new RangeError(`index out of range: ${start} + ${length} > ${this.len}`);
  this.pos = end;
  const bytes = this.buf as Buffer;
  if (length >= decoderMinLength) return strictUtf8.decode(bytes.subarray(start, end));
  for (let index = start; index < end; index++) {
    if (bytes[index]! >= 0x80) return strictUtf8.decode(bytes.subarray(start, end));
  }
  return bytes.toString('latin1', start, end);
}

export const protobufNativeStrings: FastPath<'protobuf-native-strings'> = {
  name: 'protobuf-native-strings',
  replaces:
    "protobufjs' JavaScript UTF-8 reader for strings from Buffers, because it builds each string from eight-character pieces, the edge's largest source of garbage per page",
  install: () => {
    // What grpc-js hands the deserializers is always a Buffer, so only BufferReader is given it.
    $protobuf.BufferReader.prototype.stringVerify = readStringNatively;
  },
};
