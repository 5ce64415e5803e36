import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubUser } from '../support/fake-github.js';
import {
  newSecrets,
  startControlPlane,
  startEdge,
  type ControlPlaneHandle,
  type EdgeHandle,
} from '../support/platform.js';
import { findSetCookie, staffCookieName, trpcQuery, type SetCookie } from '../support/staff-session.js';

const stateCookieName = 'codexk8s_oauth_state';

const alice: FakeGitHubUser = {
  id: 4242,
  login: 'alice-gh',
  emails: [
    { email: 'alice@old-employer.example', primary: false, verified: true },
    { email: 'Alice@Example.com', primary: true, verified: true },
  ],
};

interface CallbackRound {
  /** The callback URL GitHub sent the browser to (code and state). */
  callbackUrl: string;
  stateCookie: SetCookie;
  authorizeUrl: URL;
}

describe('staff sign-in with GitHub (real edge and control-plane, fake GitHub)', () => {
  let database: TestDatabase;
  let github: FakeGitHub;
  let controlPlane: ControlPlaneHandle;
  let edge: EdgeHandle;

  beforeAll(async () => {
    database = await createTestDatabase();
    github = await startFakeGitHub(alice);
    const secrets = newSecrets();
    controlPlane = await startControlPlane({
      databaseUrl: database.url,
      secrets,
      env: { CODEXK8S_BOOTSTRAP_ALLOWED_EMAILS: 'alice@example.com,carol@example.com' },
    });
    edge = await startEdge({
      secrets,
      controlPlaneTarget: controlPlane.grpcTarget,
      // info: the request log is asserted to leave out codes and tokens.
      env: { ...github.edgeEnv, CODEXK8S_DEV_LOGIN: 'false', LOG_LEVEL: 'info' },
    });
  }, 90_000);

  afterAll(async () => {
    await edge?.process.stop();
    await controlPlane?.process.stop();
    await github?.close();
    await database?.drop();
  });

  beforeEach(() => {
    github.oauth.setUser(alice);
    github.oauth.failTokenEndpoint(null);
  });

  /** Browser steps 1–2: the edge's login redirect, then GitHub's redirect back. */
  async function startRound(next?: string): Promise<CallbackRound> {
    const login = await fetch(
      `${edge.url}/api/v1/auth/github/login${next === undefined ? '' : `?next=${encodeURIComponent(next)}`}`,
      {
        redirect: 'manual',
      },
    );
    expect(login.status).toBe(302);
    const stateCookie = findSetCookie(login, stateCookieName);
    expect(stateCookie).toBeDefined();
    const authorizeUrl = new URL(login.headers.get('location') ?? '');
    const atGitHub = await fetch(authorizeUrl, { redirect: 'manual' });
    expect(atGitHub.status).toBe(302);
    return { callbackUrl: atGitHub.headers.get('location') ?? '', stateCookie: stateCookie!, authorizeUrl };
  }

  function callback(url: string, stateCookie?: SetCookie): Promise<Response> {
    return fetch(url, {
      redirect: 'manual',
      headers: stateCookie ? { cookie: `${stateCookie.name}=${stateCookie.value}` } : {},
    });
  }

  function expectRefusal(response: Response, code: string): void {
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get('location') ?? '', edge.url).pathname).toBe('/login');
    expect(new URL(response.headers.get('location') ?? '', edge.url).searchParams.get('error')).toBe(code);
    expect(findSetCookie(response, staffCookieName)).toBeUndefined();
  }

  it('login → authorize with state and PKCE → callback → session cookie → auth.me; the user row gets the GitHub id and login', async () => {
    const round = await startRound('/projects/p1?tab=runs');
    const { authorizeUrl, stateCookie } = round;
    expect(`${authorizeUrl.origin}${authorizeUrl.pathname}`).toBe(
      `${github.server.url}/login/oauth/authorize`,
    );
    expect(authorizeUrl.searchParams.get('client_id')).toBe(github.oauth.clientId);
    expect(authorizeUrl.searchParams.get('redirect_uri')).toBe(`${edge.url}/api/v1/auth/github/callback`);
    expect(authorizeUrl.searchParams.get('response_type')).toBe('code');
    expect(authorizeUrl.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(authorizeUrl.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizeUrl.searchParams.get('scope')).toContain('user:email');
    // State cookie: HttpOnly, Lax, scoped to the GitHub routes, 5 minutes, not Secure on this edge.
    expect(stateCookie.attributes).toMatchObject({
      httponly: true,
      samesite: 'Lax',
      path: '/api/v1/auth/github',
      'max-age': '300',
    });
    expect(stateCookie.attributes['secure']).toBeUndefined();
    // The cookie does not expose the PKCE verifier or the state in clear text.
    expect(stateCookie.value).not.toContain(authorizeUrl.searchParams.get('state'));

    const done = await callback(round.callbackUrl, stateCookie);
    expect(done.status).toBe(302);
    expect(done.headers.get('location')).toBe('/projects/p1?tab=runs');
    const session = findSetCookie(done, staffCookieName);
    expect(session?.attributes).toMatchObject({
      httponly: true,
      samesite: 'Lax',
      path: '/',
      'max-age': '900',
    });
    expect(session?.attributes['secure']).toBeUndefined();
    // The state cookie is spent.
    expect(findSetCookie(done, stateCookieName)?.value).toBe('');

    const token = session!.value;
    expect(decodeProtectedHeader(token).alg).toBe('HS256');
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      iss: 'codex-k8s',
      email: 'alice@example.com',
      github_login: 'alice-gh',
      is_admin: false,
      is_owner: false,
    });
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(900);

    const me = await trpcQuery(edge.url, 'auth.me', { cookie: `${staffCookieName}=${token}` });
    expect(me.status).toBe(200);
    expect(me.data).toEqual({
      userId: claims.sub,
      email: 'alice@example.com',
      githubLogin: 'alice-gh',
      isPlatformAdmin: false,
      isPlatformOwner: false,
    });
    const viaBearer = await trpcQuery(edge.url, 'auth.me', { authorization: `Bearer ${token}` });
    expect(viaBearer.data).toEqual(me.data);

    const rows = await database.query(
      'select id, email, github_user_id, github_login from users where email = $1',
      ['alice@example.com'],
    );
    expect(rows.rows).toEqual([
      { id: claims.sub, email: 'alice@example.com', github_user_id: '4242', github_login: 'alice-gh' },
    ]);
    // The exchange used the PKCE verifier and the code once.
    expect(github.oauth.codes.at(-1)?.redeemed).toBe(true);

    // The request log names the callback path but never its code or state, nor the session token.
    const code = new URL(round.callbackUrl).searchParams.get('code') ?? '';
    const state = new URL(round.callbackUrl).searchParams.get('state') ?? '';
    expect(code).not.toBe('');
    await expect.poll(() => edge.process.output()).toContain('/api/v1/auth/github/callback');
    expect(edge.process.output()).not.toContain(code);
    expect(edge.process.output()).not.toContain(state);
    expect(edge.process.output()).not.toContain(token);
  });

  it('an unsafe next, also one that normalises to //evil.com, falls back to /', async () => {
    for (const next of [
      '//evil.example/x',
      'https://evil.example/',
      '/\\evil.example',
      // Dot segments that only become the network-path reference //evil.com once normalised.
      '/.//evil.com',
      '/..//evil.com',
      '/a/..//evil.com',
    ]) {
      const round = await startRound(next);
      const done = await callback(round.callbackUrl, round.stateCookie);
      expect(done.headers.get('location'), next).toBe('/');
    }
  });

  it('an email that is not allowlisted is refused with not_allowed and no user row is created', async () => {
    github.oauth.setUser({
      id: 777,
      login: 'mallory',
      emails: [{ email: 'mallory@example.com', primary: true, verified: true }],
    });
    const round = await startRound('/projects');
    const done = await callback(round.callbackUrl, round.stateCookie);
    expectRefusal(done, 'not_allowed');
    expect(new URL(done.headers.get('location') ?? '', edge.url).searchParams.get('next')).toBe('/projects');
    const rows = await database.query(
      "select 1 from users where email = 'mallory@example.com' or github_user_id = 777",
    );
    expect(rows.rowCount).toBe(0);
  });

  it('a GitHub account without a verified primary email is refused with no_verified_email', async () => {
    github.oauth.setUser({
      id: 778,
      login: 'carol-gh',
      emails: [
        { email: 'carol@example.com', primary: true, verified: false },
        { email: 'carol@elsewhere.example', primary: false, verified: true },
      ],
    });
    const round = await startRound();
    expectRefusal(await callback(round.callbackUrl, round.stateCookie), 'no_verified_email');
    const rows = await database.query("select github_user_id from users where email = 'carol@example.com'");
    expect(rows.rows).toEqual([{ github_user_id: null }]);
  });

  it('a state that does not match the cookie, or no state cookie at all, is refused with state_mismatch before any code exchange', async () => {
    const exchangesBefore = github.oauth.tokenExchanges.length;
    const round = await startRound();
    const tampered = new URL(round.callbackUrl);
    tampered.searchParams.set('state', 'forged-state-value-forged-state');
    expectRefusal(await callback(tampered.href, round.stateCookie), 'state_mismatch');

    const other = await startRound();
    // The cookie of another round trip.
    expectRefusal(await callback(other.callbackUrl, round.stateCookie), 'state_mismatch');
    expectRefusal(await callback(other.callbackUrl), 'state_mismatch');
    // A cookie with a flipped byte.
    const flipped = { ...other.stateCookie, value: `${other.stateCookie.value.slice(0, -3)}AAA` };
    expectRefusal(await callback(other.callbackUrl, flipped), 'state_mismatch');
    expect(github.oauth.tokenExchanges.length).toBe(exchangesBefore);
  });

  it('a replayed code is refused: GitHub rejects the second exchange and no session is issued', async () => {
    const round = await startRound();
    const first = await callback(round.callbackUrl, round.stateCookie);
    expect(findSetCookie(first, staffCookieName)?.value).toBeTruthy();
    // The same callback again, even with the (captured) state cookie.
    const replay = await callback(round.callbackUrl, round.stateCookie);
    expectRefusal(replay, 'state_mismatch');
    const code = new URL(round.callbackUrl).searchParams.get('code');
    expect(
      github.oauth.tokenExchanges
        .filter((exchange) => exchange.code === code)
        .map((exchange) => exchange.outcome),
    ).toEqual(['issued', 'bad_verification_code']);
  });

  it('a failing GitHub token endpoint is refused with github_unavailable', async () => {
    const round = await startRound('/runs');
    github.oauth.failTokenEndpoint(502);
    const done = await callback(round.callbackUrl, round.stateCookie);
    expectRefusal(done, 'github_unavailable');
    expect(github.oauth.tokenExchanges.at(-1)?.outcome).toBe('http_502');
  });

  it('logout clears the session cookie with the same attributes; without a cookie auth.me is 401', async () => {
    const round = await startRound();
    const done = await callback(round.callbackUrl, round.stateCookie);
    const session = findSetCookie(done, staffCookieName)!;
    const logout = await fetch(`${edge.url}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { cookie: `${staffCookieName}=${session.value}` },
    });
    expect(logout.status).toBe(204);
    const cleared = findSetCookie(logout, staffCookieName);
    expect(cleared?.value).toBe('');
    expect(cleared?.attributes).toMatchObject({ httponly: true, samesite: 'Lax', path: '/' });
    expect(new Date(String(cleared?.attributes['expires'])).getTime()).toBeLessThan(Date.now());
    expect((await trpcQuery(edge.url, 'auth.me')).status).toBe(401);
  });

  it('dev login does not exist when CODEXK8S_DEV_LOGIN is off', async () => {
    const response = await fetch(`${edge.url}/api/v1/auth/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'alice@example.com' }),
    });
    expect(response.status).toBe(404);
    expect(findSetCookie(response, staffCookieName)).toBeUndefined();
  });
});
