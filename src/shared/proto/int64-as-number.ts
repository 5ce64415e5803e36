import $protobuf from 'protobufjs/minimal.js';

/**
 * Makes the generated code decode int64 fields (timestamp seconds, event ids) as the numbers its
 * types declare. `pbjs --force-number` changes only the declarations; protobufjs' runtime still
 * decodes into `Long` objects whenever the `long` package is installed (a dependency of protobufjs
 * itself), and a `Long` under a `number` type serialises as `{"low":…,"high":…}`. Unsetting
 * `util.Long` and calling `configure()` is protobufjs' own switch for this. Part of the contract,
 * not a fast path: it applies on import and CODEXK8S_FAST_PATHS leaves it alone (docs/decisions.md).
 */
$protobuf.util.Long = undefined as unknown as typeof $protobuf.util.Long;
$protobuf.configure();
