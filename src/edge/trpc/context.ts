import { type Request, type Response } from 'express';
import { type Logger } from 'pino';
import { type v1 } from '../../shared/proto/index.js';
import { type ControlPlaneClient } from '../control-plane/client.js';

/** The signed-in staff user, as carried in the JWT; sent to the control-plane as the Principal. */
export type StaffPrincipal = Required<
  Pick<v1.Principal.$Properties, 'userId' | 'email' | 'githubLogin' | 'isPlatformAdmin' | 'isPlatformOwner'>
>;

/** Which sign-in methods this edge offers (from its config); the SPA's sign-in page asks via system.signInOptions. */
export interface SignInOptions {
  githubLogin: boolean;
  devLogin: boolean;
}

export interface TrpcContext {
  controlPlane: ControlPlaneClient;
  signInOptions: SignInOptions;
  principal: StaffPrincipal | null;
  correlationId: string;
  logger: Logger;
  req: Request;
  res: Response;
}

export interface TrpcContextDependencies {
  controlPlane: ControlPlaneClient;
  signInOptions?: SignInOptions;
  /** Resolves the caller from the request (cookie, Bearer token, trusted proxy headers), or null. */
  resolvePrincipal: (req: Request) => Promise<StaffPrincipal | null>;
}

/** Builds the per-request context once; express' pino-http has already assigned `req.id`. */
export function createContextFactory(deps: TrpcContextDependencies) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<TrpcContext> => ({
    controlPlane: deps.controlPlane,
    signInOptions: deps.signInOptions ?? { githubLogin: false, devLogin: false },
    principal: await deps.resolvePrincipal(req),
    correlationId: String(req.id),
    logger: req.log,
    req,
    res,
  });
}
