/**
 * The edge's fast paths: every place where the edge does a library's job itself, for speed.
 * main.ts enables them from CODEXK8S_FAST_PATHS (default true); false leaves the libraries' own
 * behaviour everywhere. Measured both ways in docs/decisions.md ("Fast paths").
 */
import { isoTimestampDigits } from '../../shared/fast-paths/iso-timestamp-digits.js';
import { protobufNativeStrings } from '../../shared/fast-paths/protobuf-native-strings.js';
import { routesAheadOfExpress } from './routes-ahead-of-express.js';
import { trpcDirectQueries } from './trpc-direct-queries.js';
import { trpcSubscriptionsOnFetchAdapter } from './trpc-subscriptions-on-fetch-adapter.js';
import { verifiedTokenCache } from './verified-token-cache.js';

export const edgeFastPaths = [
  protobufNativeStrings,
  isoTimestampDigits,
  trpcDirectQueries,
  trpcSubscriptionsOnFetchAdapter,
  routesAheadOfExpress,
  verifiedTokenCache,
] as const;
