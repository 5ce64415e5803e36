import { timingSafeEqual } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import { internalTokenMetadataKey } from '../../shared/grpc/metadata-keys.js';

const healthServicePrefix = '/grpc.health.v1.Health/';

function tokensEqual(expected: Buffer, given: string): boolean {
  const givenBuffer = Buffer.from(given);
  return givenBuffer.length === expected.length && timingSafeEqual(givenBuffer, expected);
}

/**
 * Refuses every call that does not carry the internal token (UNAUTHENTICATED). The standard health
 * service is exempt so that probes and load balancers can use it without a secret.
 */
export function internalTokenInterceptor(internalToken: string): grpc.ServerInterceptor {
  const expected = Buffer.from(internalToken);
  return (methodDescriptor, call) => {
    if (methodDescriptor.path.startsWith(healthServicePrefix)) return new grpc.ServerInterceptingCall(call);
    return new grpc.ServerInterceptingCall(call, {
      start: (next) => {
        next({
          onReceiveMetadata: (metadata, nextMetadata) => {
            const [token] = metadata.get(internalTokenMetadataKey);
            if (typeof token === 'string' && tokensEqual(expected, token)) {
              nextMetadata(metadata);
              return;
            }
            call.sendStatus({
              code: grpc.status.UNAUTHENTICATED,
              details: 'missing or invalid internal token',
              metadata: new grpc.Metadata(),
            });
          },
        });
      },
    });
  };
}
