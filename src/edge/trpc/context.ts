import { type IncomingMessage } from 'node:http';
import { type Logger } from 'pino';
import { type v1 } from '../../shared/proto/index.js';
import { type ControlPlaneClient } from '../control-plane/client.js';
import { requestLogger } from '../http/request-log.js';

/** The signed-in staff user, as carried in the JWT; sent to the control-plane as the Principal. */
export type StaffPrincipal = Required<
  Pick<v1.Principal.$Properties, 'userId' | 'email' | 'githubLogin' | 'isPlatformAdmin' | 'isPlatformOwner'>
>;

/** A signed-in caller and how long the credential behind it holds (live streams end with it). */
export interface StaffSession {
  principal: StaffPrincipal;
  /**
   * When this session ends: the JWT's `exp` for a cookie or Bearer token; for a trusted proxy,
   * which authenticates every request itself, the edge's own bound of one CODEXK8S_JWT_TTL.
   */
  expiresAtMs: number;
  /**
   * What ends it: `sign-in` (a token: the user must sign in again) or `proxy` (the proxy
   * re-authenticates the next request, so a live stream only has to reconnect).
   */
  renewal: 'sign-in' | 'proxy';
}

/** Which sign-in methods this edge offers (from its config); the SPA's sign-in page asks via system.signInOptions. */
export interface SignInOptions {
  githubLogin: boolean;
  devLogin: boolean;
}

export interface TrpcContext {
  controlPlane: ControlPlaneClient;
  signInOptions: SignInOptions;
  principal: StaffPrincipal | null;
  /** The session behind `principal` (null when not signed in). */
  session: StaffSession | null;
  correlationId: string;
  logger: Logger;
}

export interface TrpcContextDependencies {
  controlPlane: ControlPlaneClient;
  signInOptions?: SignInOptions;
  /** Resolves the caller from the request (cookie, Bearer token, trusted proxy headers), or null. */
  resolveSession: (req: IncomingMessage) => Promise<StaffSession | null>;
}

/**
 * Builds the per-request context once; the edge's request log has already assigned `req.id`.
 * `logger` is a getter so that the child logger is only made for procedures that log.
 */
export function createContextFactory(deps: TrpcContextDependencies) {
  const signInOptions = deps.signInOptions ?? { githubLogin: false, devLogin: false };
  return async (req: IncomingMessage): Promise<TrpcContext> => {
    const session = await deps.resolveSession(req);
    return {
      controlPlane: deps.controlPlane,
      signInOptions,
      principal: session?.principal ?? null,
      session,
      correlationId: req.id,
      get logger() {
        return requestLogger(req);
      },
    };
  };
}
