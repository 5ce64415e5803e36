import * as grpc from '@grpc/grpc-js';
import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import { type ControlPlaneClient } from '../control-plane/client.js';
import { isGrpcServiceError } from '../control-plane/errors.js';
import { crossSiteRefusal } from '../http/same-origin.js';
import { type StaffPrincipal } from '../trpc/context.js';
import {
  authCookieOptions,
  clearCookie,
  oauthStateCookieName,
  readCookie,
  setCookie,
  staffTokenCookieName,
} from './cookies.js';
import { type GitHubOAuth } from './github-oauth.js';
import { oauthStateTtlMs, type OAuthStateSealer } from './oauth-state.js';
import { safeReturnPath } from './return-path.js';
import { SignInRefusal, type SignInRefusalCode } from './sign-in-refusal.js';
import { type StaffTokens } from './staff-token.js';
import { principalFromStaffUser } from './staff-user.js';

export const authPaths = {
  githubLogin: '/api/v1/auth/github/login',
  githubCallback: '/api/v1/auth/github/callback',
  devLogin: '/api/v1/auth/dev-login',
  logout: '/api/v1/auth/logout',
} as const;

/** The state cookie is only sent to the two GitHub routes. */
const stateCookiePath = '/api/v1/auth/github';

export interface AuthRoutesOptions {
  controlPlane: ControlPlaneClient;
  tokens: StaffTokens;
  stateSealer: OAuthStateSealer;
  /** Null when no OAuth app is configured (dev sign-in only). */
  github: GitHubOAuth | null;
  cookieSecure: boolean;
  devLogin: boolean;
  /** Origins a browser may post the dev sign-in form from (see http/same-origin.ts). */
  allowedOrigins: ReadonlySet<string>;
}

const devLoginBody = z.object({
  email: z
    .string()
    .trim()
    .max(320)
    .pipe(z.email({ error: 'is not a valid email address' })),
  next: z.string().optional(),
});

/** Maps a control-plane refusal of an allowlist call to the sign-in code. */
function refusalFromControlPlane(error: unknown): SignInRefusal {
  if (
    isGrpcServiceError(error) &&
    (error.code === grpc.status.PERMISSION_DENIED || error.code === grpc.status.INVALID_ARGUMENT)
  ) {
    return new SignInRefusal('not_allowed', error.details, { cause: error });
  }
  return new SignInRefusal('unavailable', 'the control-plane did not answer the allowlist check', {
    cause: error,
  });
}

function loginErrorLocation(code: SignInRefusalCode, next: string): string {
  const params = new URLSearchParams({ error: code });
  if (next !== '/') params.set('next', next);
  return `/login?${params.toString()}`;
}

/** GitHub OAuth, dev sign-in and logout (SPEC §5). Each route parses its own body. */
export function authRoutes(options: AuthRoutesOptions): express.Router {
  const router = express.Router();
  const sessionCookie = authCookieOptions(options.cookieSecure);
  const stateCookie = authCookieOptions(options.cookieSecure, stateCookiePath);

  async function startSession(res: Response, principal: StaffPrincipal): Promise<void> {
    setCookie(
      res,
      staffTokenCookieName,
      await options.tokens.issue(principal),
      sessionCookie,
      options.tokens.ttlMs,
    );
  }

  router.get(authPaths.githubLogin, async (req: Request, res: Response) => {
    if (!options.github) {
      res.status(404).json({ error: 'github_sign_in_not_configured' });
      return;
    }
    const next = safeReturnPath(req.query['next']);
    const { authorizationUrl, roundTrip } = await options.github.begin(next);
    setCookie(
      res,
      oauthStateCookieName,
      await options.stateSealer.seal(roundTrip),
      stateCookie,
      oauthStateTtlMs,
    );
    res.setHeader('cache-control', 'no-store');
    res.redirect(302, authorizationUrl.href);
  });

  router.get(authPaths.githubCallback, async (req: Request, res: Response) => {
    res.setHeader('cache-control', 'no-store');
    // One round trip per cookie: whatever happens next, a replay of this callback finds no state.
    const roundTrip = await options.stateSealer.open(readCookie(req, oauthStateCookieName));
    clearCookie(res, oauthStateCookieName, stateCookie);
    const next = roundTrip?.next ?? '/';
    try {
      if (!options.github) throw new SignInRefusal('github_unavailable', 'no GitHub OAuth app is configured');
      if (!roundTrip)
        throw new SignInRefusal('state_mismatch', 'the state cookie is missing, expired or tampered with');
      const query = new URL(req.originalUrl, 'http://callback.invalid').searchParams;
      const account = await options.github.complete(query, roundTrip);
      if (!account.primaryVerifiedEmail)
        throw new SignInRefusal(
          'no_verified_email',
          `GitHub user ${account.login} has no verified primary email`,
        );
      let principal: StaffPrincipal;
      try {
        const response = await options.controlPlane.call(
          'authorizeOAuthUser',
          { email: account.primaryVerifiedEmail, githubUserId: account.id, githubLogin: account.login },
          { correlationId: String(req.id) },
        );
        principal = principalFromStaffUser(response.user);
      } catch (error) {
        throw refusalFromControlPlane(error);
      }
      await startSession(res, principal);
      req.log.info(
        { userId: principal.userId, githubLogin: principal.githubLogin },
        'staff signed in with GitHub',
      );
      res.redirect(302, next);
    } catch (error) {
      if (!(error instanceof SignInRefusal)) throw error;
      req.log.warn({ code: error.code, reason: error.message, err: error.cause }, 'GitHub sign-in refused');
      res.redirect(302, loginErrorLocation(error.code, next));
    }
  });

  router.post(
    authPaths.devLogin,
    // A page of another site must not sign the browser in (login CSRF): refused before the body is read.
    (req: Request, res: Response, next: express.NextFunction) => {
      const refusal = crossSiteRefusal(req.headers, options.allowedOrigins);
      if (refusal === undefined) return next();
      req.log.warn({ origin: req.headers.origin }, 'cross-site dev sign-in refused');
      res.status(403).json({ error: 'cross_site_request', message: refusal });
    },
    express.json({ limit: '4kb' }),
    express.urlencoded({ extended: false, limit: '4kb' }),
    async (req: Request, res: Response) => {
      if (!options.devLogin) {
        res.status(404).json({ error: 'not_found' });
        return;
      }
      const body = devLoginBody.safeParse(req.body ?? {});
      if (!body.success) {
        res.status(400).json({
          error: 'invalid_request',
          message: body.error.issues
            .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
            .join('; '),
        });
        return;
      }
      let principal: StaffPrincipal;
      try {
        const response = await options.controlPlane.call(
          'resolveStaffByEmail',
          { email: body.data.email, loginHint: '' },
          { correlationId: String(req.id) },
        );
        principal = principalFromStaffUser(response.user);
      } catch (error) {
        const refusal = refusalFromControlPlane(error);
        req.log.warn({ code: refusal.code, err: error }, 'dev sign-in refused');
        res.status(refusal.code === 'not_allowed' ? 403 : 503).json({ error: refusal.code });
        return;
      }
      await startSession(res, principal);
      req.log.info({ userId: principal.userId }, 'staff signed in with dev login');
      const next = safeReturnPath(body.data.next);
      // A plain HTML form gets the redirect; the SPA's fetch gets JSON and navigates itself.
      if (req.is('application/x-www-form-urlencoded')) res.redirect(303, next);
      else res.json({ user: principal, next });
    },
  );

  router.post(authPaths.logout, (_req: Request, res: Response) => {
    clearCookie(res, staffTokenCookieName, sessionCookie);
    clearCookie(res, oauthStateCookieName, stateCookie);
    res.setHeader('cache-control', 'no-store');
    res.status(204).end();
  });

  return router;
}
