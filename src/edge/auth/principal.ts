import * as grpc from '@grpc/grpc-js';
import { type IncomingMessage } from 'node:http';
import { type ControlPlaneClient } from '../control-plane/client.js';
import { grpcErrorToTrpcError, isGrpcServiceError } from '../control-plane/errors.js';
import { type StaffSession } from '../trpc/context.js';
import { readCookie, staffTokenCookieName } from './cookies.js';
import { type StaffTokens } from './staff-token.js';
import { principalFromStaffUser } from './staff-user.js';

export interface PrincipalResolverOptions {
  tokens: StaffTokens;
  controlPlane: ControlPlaneClient;
  /** CODEXK8S_TRUST_PROXY_AUTH_HEADERS: only then do X-Auth-Request-* headers mean anything. */
  trustProxyHeaders: boolean;
}

function singleHeader(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text?.trim() || undefined;
}

/** `Authorization: Bearer <jwt>`; undefined when the header is absent or another scheme. */
export function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

/** Refusals of the allowlist mean "not signed in"; anything else is an error of ours. */
const refusalStatuses = new Set<grpc.status>([
  grpc.status.PERMISSION_DENIED,
  grpc.status.INVALID_ARGUMENT,
  grpc.status.NOT_FOUND,
]);

/**
 * Who is calling. With trusted proxy headers on and an X-Auth-Request-Email present, the proxy
 * decides (it authenticates every request; a cookie of an earlier user must not win). Otherwise
 * a Bearer header, else the session cookie. Null means "not signed in" (401 on staff procedures).
 */
export function createSessionResolver(
  options: PrincipalResolverOptions,
): (req: IncomingMessage) => Promise<StaffSession | null> {
  return async (req) => {
    if (options.trustProxyHeaders) {
      const email = singleHeader(req, 'x-auth-request-email');
      if (email) {
        try {
          const response = await options.controlPlane.call(
            'resolveStaffByEmail',
            { email, loginHint: singleHeader(req, 'x-auth-request-user') ?? '' },
            { correlationId: String(req.id) },
          );
          return {
            principal: principalFromStaffUser(response.user),
            // The proxy vouches for this request only; a live stream is re-authenticated through it
            // after the same lifetime a token would have.
            expiresAtMs: Date.now() + options.tokens.ttlMs,
            renewal: 'proxy',
          };
        } catch (error) {
          if (isGrpcServiceError(error) && refusalStatuses.has(error.code)) return null;
          throw grpcErrorToTrpcError(error);
        }
      }
    }
    const token = bearerToken(req) ?? readCookie(req, staffTokenCookieName);
    const verified = token ? await options.tokens.verify(token) : null;
    return verified && { ...verified, renewal: 'sign-in' };
  };
}
