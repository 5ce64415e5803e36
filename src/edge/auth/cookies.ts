import { type IncomingMessage } from 'node:http';
import { type CookieOptions, type Response } from 'express';
import { parse } from 'cookie';

/** The staff session (SPEC §5). */
export const staffTokenCookieName = 'codexk8s_staff_jwt';
/** State, PKCE verifier and return path of one GitHub round trip. */
export const oauthStateCookieName = 'codexk8s_oauth_state';

/** Every auth cookie is HttpOnly and SameSite=Lax; Secure when the deployment says so. */
export function authCookieOptions(secure: boolean, path = '/'): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path };
}

export function readCookie(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  return parse(header)[name];
}

export function setCookie(
  res: Response,
  name: string,
  value: string,
  options: CookieOptions,
  maxAgeMs: number,
): void {
  res.cookie(name, value, { ...options, maxAge: maxAgeMs });
}

export function clearCookie(res: Response, name: string, options: CookieOptions): void {
  res.clearCookie(name, options);
}
