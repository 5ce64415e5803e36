import $protobuf from 'protobufjs/minimal.js';

/**
 * The contract's int64 fields (timestamp seconds, event ids) are generated as `number`
 * (`--force-number`), and every value fits in 2^53. Without this, protobufjs would still decode
 * them into `Long` objects when the `long` package is installed: one allocation per field and a
 * string round trip on every `Number(...)`, on the hottest path of every list.
 */
$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();
