import $protobuf from 'protobufjs/minimal.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** From this length on, the native decoder's validation beats a JavaScript ASCII scan (protobufjs' own threshold). */
const decoderMinLength = 64;

/**
 * proto3 string fields decode through `Reader#stringVerify` (invalid UTF-8 is refused), which
 * protobufjs 8 writes in JavaScript for every reader: an ASCII string is grown eight characters at
 * a time, so a 36-character id becomes about ten string objects that JSON.stringify later copies
 * flat again. A page of runs has ~500 such strings, and they were the edge's largest source of
 * garbage per request. Buffers (what grpc-js hands the deserializers) are read here instead: a short
 * string is scanned for ASCII and then sliced natively in one piece; a long one (a run's payload JSON)
 * or one with other bytes goes through a fatal TextDecoder, which refuses invalid UTF-8 as
 * protobufjs' own decoder does.
 */
$protobuf.BufferReader.prototype.stringVerify = function readStringNatively(this: $protobuf.BufferReader) {
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
};
