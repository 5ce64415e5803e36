/**
 * The control-plane's fast paths: every place where it does a library's job itself, for speed.
 * main.ts enables them from CODEXK8S_FAST_PATHS (default true); false leaves the libraries' own
 * behaviour everywhere. Measured both ways in docs/decisions.md ("Fast paths").
 */
import { protobufNativeStrings } from '../../shared/fast-paths/protobuf-native-strings.js';
import { grpcConnectionWindow } from './grpc-connection-window.js';
import { postgresTimestampDigits } from './postgres-timestamp-digits.js';

export const controlPlaneFastPaths = [
  protobufNativeStrings,
  grpcConnectionWindow,
  postgresTimestampDigits,
] as const;
