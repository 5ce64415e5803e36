import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import {
  newSecrets,
  startControlPlane,
  startEdge,
  type ControlPlaneHandle,
  type EdgeHandle,
  type PlatformSecrets,
} from '../support/platform.js';
import { freePort } from '../support/ports.js';
import { startBuiltProcess } from '../support/processes.js';
import { trpc } from '../support/staff-api-client.js';
import { findSetCookie, staffCookieName, trpcQuery } from '../support/staff-session.js';

interface Me {
  userId: string;
  email: string;
  githubLogin: string;
  isPlatformAdmin: boolean;
  isPlatformOwner: boolean;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

describe('staff sessions: JWT checks, dev sign-in, trusted proxy headers', () => {
  let database: TestDatabase;
  let secrets: PlatformSecrets;
  let controlPlane: ControlPlaneHandle;
  /** Dev sign-in on, Secure cookies, proxy headers not trusted. */
  let devEdge: EdgeHandle;
  /** Behind oauth2-proxy: proxy headers trusted, dev sign-in off. */
  let proxiedEdge: EdgeHandle;
  let owner: Me;

  beforeAll(async () => {
    database = await createTestDatabase();
    secrets = newSecrets();
    controlPlane = await startControlPlane({
      databaseUrl: database.url,
      secrets,
      env: {
        CODEXK8S_BOOTSTRAP_ALLOWED_EMAILS: 'dev@example.com,leaving@example.com',
        CODEXK8S_BOOTSTRAP_PLATFORM_ADMIN_EMAILS: 'admin@example.com',
      },
    });
    [devEdge, proxiedEdge] = await Promise.all([
      startEdge({
        secrets,
        controlPlaneTarget: controlPlane.grpcTarget,
        env: { CODEXK8S_DEV_LOGIN: 'true', CODEXK8S_COOKIE_SECURE: 'true' },
      }),
      startEdge({
        secrets,
        controlPlaneTarget: controlPlane.grpcTarget,
        env: {
          CODEXK8S_DEV_LOGIN: 'false',
          CODEXK8S_TRUST_PROXY_AUTH_HEADERS: 'true',
          CODEXK8S_GITHUB_OAUTH_CLIENT_ID: 'proxied-client',
          CODEXK8S_GITHUB_OAUTH_CLIENT_SECRET: 'proxied-secret',
        },
      }),
    ]);
    const ownerRow = await database.query<{ id: string }>('select id from users where is_platform_owner');
    owner = {
      userId: ownerRow.rows[0]!.id,
      email: secrets.ownerEmail,
      githubLogin: '',
      isPlatformAdmin: true,
      isPlatformOwner: true,
    };
  }, 90_000);

  afterAll(async () => {
    await Promise.all([devEdge?.process.stop(), proxiedEdge?.process.stop()]);
    await controlPlane?.process.stop();
    await database?.drop();
  });

  function devLogin(body: unknown, contentType = 'application/json'): Promise<Response> {
    return fetch(`${devEdge.url}/api/v1/auth/dev-login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  }

  function sign(
    claims: Record<string, unknown>,
    options: { key?: string; issuer?: string; expiresAt?: number } = {},
  ): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(owner.userId)
      .setIssuer(options.issuer ?? 'codex-k8s')
      .setIssuedAt(now - 60)
      .setExpirationTime(options.expiresAt ?? now + 600)
      .sign(new TextEncoder().encode(options.key ?? secrets.jwtSigningKey));
  }

  const ownerClaims = () => ({ email: owner.email, github_login: '', is_admin: true, is_owner: true });

  it('dev sign-in: an allowlisted email gets a Secure, HttpOnly, SameSite=Lax session; auth.me answers the principal', async () => {
    const response = await devLogin({ email: ' Admin@Example.com ', next: '/users' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { user: Me; next: string };
    expect(body.next).toBe('/users');
    expect(body.user).toMatchObject({
      email: 'admin@example.com',
      isPlatformAdmin: true,
      isPlatformOwner: false,
    });
    const session = findSetCookie(response, staffCookieName);
    expect(session?.attributes).toMatchObject({
      httponly: true,
      secure: true,
      samesite: 'Lax',
      path: '/',
      'max-age': '900',
    });
    const me = await trpcQuery<Me>(devEdge.url, 'auth.me', {
      cookie: `${staffCookieName}=${session!.value}`,
    });
    expect(me).toMatchObject({ status: 200, data: body.user });
  });

  it('every sign-in is recorded: users.list shows the owner signed in through dev sign-in, and a proxied user (issue 21)', async () => {
    const lastSignIn = async (email: string) =>
      (
        await database.query<{ at: Date | null }>(
          'select last_sign_in_at as at from users where email = $1',
          [email],
        )
      ).rows[0]?.at ?? null;
    const before = Date.now();
    const response = await devLogin({ email: owner.email });
    expect(response.status).toBe(200);
    const session = findSetCookie(response, staffCookieName);
    const users = await trpcQuery<{ items: Array<{ email: string; lastSignInAt: string | null }> }>(
      devEdge.url,
      'users.list',
      { cookie: `${staffCookieName}=${session!.value}` },
      {},
    );
    expect(users.status).toBe(200);
    const ownerRow = users.data?.items.find((user) => user.email === owner.email);
    expect(ownerRow?.lastSignInAt).not.toBeNull();
    expect(Date.parse(ownerRow!.lastSignInAt!)).toBeGreaterThanOrEqual(before - 1000);
    // A user who never signed in says so.
    expect(
      users.data?.items.find((user) => user.email === 'leaving@example.com')?.lastSignInAt ?? null,
    ).toBeNull();

    const proxied = await trpcQuery(proxiedEdge.url, 'auth.me', {
      'x-auth-request-email': 'dev@example.com',
    });
    expect(proxied.status).toBe(200);
    expect((await lastSignIn('dev@example.com'))?.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('dev sign-in: a form post is redirected to a safe next; unsafe next becomes /', async () => {
    const form = await devLogin(
      'email=dev%40example.com&next=%2Fruns%3Fstatus%3Dfailed',
      'application/x-www-form-urlencoded',
    );
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe('/runs?status=failed');
    const json = await devLogin({ email: 'dev@example.com', next: '//evil.example' });
    expect(((await json.json()) as { next: string }).next).toBe('/');
  });

  it.each(['/.//evil.com', '/..//evil.com', '/a/..//evil.com'])(
    'dev sign-in: next=%s, which normalises to //evil.com, comes back as / (form redirect and JSON)',
    async (next) => {
      const form = await devLogin(
        new URLSearchParams({ email: 'dev@example.com', next }).toString(),
        'application/x-www-form-urlencoded',
      );
      expect(form.status).toBe(303);
      expect(form.headers.get('location')).toBe('/');
      const json = await devLogin({ email: 'dev@example.com', next });
      expect(((await json.json()) as { next: string }).next).toBe('/');
    },
  );

  it('dev sign-in, property-based: whatever next is posted, the Location stays on the edge origin', async () => {
    const origin = new URL(devEdge.url).origin;
    const piece = fc.constantFrom(
      '/',
      '//',
      '\\',
      '.',
      '..',
      '%2e',
      '%2E%2e',
      '%2f',
      '%5c',
      '\t',
      '@',
      ':',
      '?',
      '#',
      'evil.com',
      'https://evil.com',
      'a',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 8 }), async (pieces) => {
        const next = `/${pieces.join('')}`;
        const form = await devLogin(
          new URLSearchParams({ email: 'dev@example.com', next }).toString(),
          'application/x-www-form-urlencoded',
        );
        expect(form.status).toBe(303);
        const location = form.headers.get('location') ?? '';
        expect(new URL(location, origin).origin).toBe(origin);
      }),
      { numRuns: 300 },
    );
  });

  it('dev sign-in refuses an unknown email with 403 not_allowed and a malformed one with 400; no cookie, no row', async () => {
    const unknown = await devLogin({ email: 'stranger@example.com' });
    expect(unknown.status).toBe(403);
    expect(await unknown.json()).toEqual({ error: 'not_allowed' });
    expect(findSetCookie(unknown, staffCookieName)).toBeUndefined();
    expect((await database.query("select 1 from users where email = 'stranger@example.com'")).rowCount).toBe(
      0,
    );
    const malformed = await devLogin({ email: 'not-an-email' });
    expect(malformed.status).toBe(400);
    expect(findSetCookie(malformed, staffCookieName)).toBeUndefined();
  });

  it('a well-formed token of the edge key is accepted (control for the refusals below), as cookie and as Bearer', async () => {
    const token = await sign(ownerClaims());
    expect(await trpcQuery(devEdge.url, 'auth.me', { authorization: `Bearer ${token}` })).toMatchObject({
      status: 200,
      data: owner,
    });
    expect(await trpcQuery(devEdge.url, 'auth.me', { cookie: `${staffCookieName}=${token}` })).toMatchObject({
      status: 200,
      data: owner,
    });
  });

  it.each([
    ['expired', () => sign(ownerClaims(), { expiresAt: Math.floor(Date.now() / 1000) - 5 })],
    ['signed with another key', () => sign(ownerClaims(), { key: randomBytes(32).toString('hex') })],
    ['issued by someone else', () => sign(ownerClaims(), { issuer: 'not-codex-k8s' })],
    ['missing the role claims', () => sign({ email: 'owner@example.com' })],
    [
      'alg none',
      async () =>
        `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...ownerClaims(), sub: owner.userId, iss: 'codex-k8s', exp: Math.floor(Date.now() / 1000) + 600 })}.`,
    ],
    [
      'with the signature of another payload (tampered claims)',
      async () => {
        const [header, , signature] = (
          await sign({ ...ownerClaims(), is_owner: false, is_admin: false })
        ).split('.');
        return `${header}.${base64url({ ...ownerClaims(), sub: owner.userId, iss: 'codex-k8s', exp: Math.floor(Date.now() / 1000) + 600 })}.${signature}`;
      },
    ],
    ['garbage', async () => 'not.a.jwt'],
  ])('a token %s is refused with 401', async (_label, makeToken) => {
    const token = await makeToken();
    expect(await trpcQuery(devEdge.url, 'auth.me', { authorization: `Bearer ${token}` })).toMatchObject({
      status: 401,
      errorCode: 'UNAUTHORIZED',
    });
    expect((await trpcQuery(devEdge.url, 'auth.me', { cookie: `${staffCookieName}=${token}` })).status).toBe(
      401,
    );
  });

  it('auth.me answers the user as stored, not as the token says: a promotion shows at once, a deleted user is 401 while the token is still valid', async () => {
    const response = await devLogin({ email: 'leaving@example.com' });
    const cookie = `${staffCookieName}=${findSetCookie(response, staffCookieName)!.value}`;
    const before = await trpcQuery<Me>(devEdge.url, 'auth.me', { cookie });
    expect(before).toMatchObject({
      status: 200,
      data: { email: 'leaving@example.com', isPlatformAdmin: false },
    });

    const ownerToken = await sign(ownerClaims());
    const promoted = await trpc(
      devEdge.url,
      'users.create',
      'mutation',
      { email: 'leaving@example.com', isPlatformAdmin: true },
      ownerToken,
    );
    expect(promoted.status).toBe(200);
    expect(await trpcQuery<Me>(devEdge.url, 'auth.me', { cookie })).toMatchObject({
      status: 200,
      data: { userId: before.data!.userId, isPlatformAdmin: true, isPlatformOwner: false },
    });

    const deleted = await trpc(
      devEdge.url,
      'users.delete',
      'mutation',
      { userId: before.data!.userId },
      ownerToken,
    );
    expect(deleted.status).toBe(200);
    expect(await trpcQuery(devEdge.url, 'auth.me', { cookie })).toMatchObject({
      status: 401,
      errorCode: 'UNAUTHORIZED',
    });
  });

  it('no token at all is 401', async () => {
    expect(await trpcQuery(devEdge.url, 'auth.me')).toMatchObject({ status: 401, errorCode: 'UNAUTHORIZED' });
  });

  it('proxy headers are ignored unless CODEXK8S_TRUST_PROXY_AUTH_HEADERS=true', async () => {
    const headers = { 'x-auth-request-email': owner.email, 'x-auth-request-user': 'owner' };
    expect((await trpcQuery(devEdge.url, 'auth.me', headers)).status).toBe(401);
  });

  it('trusted proxy headers identify an allowlisted user; an unknown email is refused even with a valid cookie', async () => {
    const me = await trpcQuery<Me>(proxiedEdge.url, 'auth.me', {
      'x-auth-request-email': 'Dev@Example.com',
      'x-auth-request-user': 'dev',
    });
    expect(me.status).toBe(200);
    expect(me.data).toMatchObject({
      email: 'dev@example.com',
      isPlatformAdmin: false,
      isPlatformOwner: false,
    });

    const ownerToken = await sign(ownerClaims());
    const refused = await trpcQuery(proxiedEdge.url, 'auth.me', {
      'x-auth-request-email': 'stranger@example.com',
      cookie: `${staffCookieName}=${ownerToken}`,
    });
    expect(refused.status).toBe(401);
    // Without the proxy header the session cookie still works on this edge.
    expect(
      (await trpcQuery(proxiedEdge.url, 'auth.me', { cookie: `${staffCookieName}=${ownerToken}` })).status,
    ).toBe(200);
    expect((await database.query("select 1 from users where email = 'stranger@example.com'")).rowCount).toBe(
      0,
    );
  });

  it.each([
    ['NODE_ENV=production', { NODE_ENV: 'production' }, /must not be true when NODE_ENV=production/],
    ['NODE_ENV=Production', { NODE_ENV: 'Production' }, /must not be true when NODE_ENV=production/],
    ['NODE_ENV=" PRODUCTION "', { NODE_ENV: ' PRODUCTION ' }, /must not be true when NODE_ENV=production/],
    [
      'a non-loopback CODEXK8S_HTTP_ADDR (0.0.0.0)',
      { CODEXK8S_HTTP_ADDR: '0.0.0.0:PORT' },
      /requires CODEXK8S_HTTP_ADDR on a loopback address/,
    ],
    [
      'a non-loopback CODEXK8S_HTTP_ADDR (all interfaces)',
      { CODEXK8S_HTTP_ADDR: ':PORT' },
      /requires CODEXK8S_HTTP_ADDR on a loopback address/,
    ],
  ])('the edge refuses to start with dev sign-in under %s', async (_label, env, message) => {
    const port = await freePort();
    const overrides = Object.fromEntries(
      Object.entries(env).map(([key, value]) => [key, value.replace('PORT', String(port))]),
    );
    const edge = startBuiltProcess('edge', {
      ...devEdge.env,
      CODEXK8S_HTTP_ADDR: `127.0.0.1:${port}`,
      CODEXK8S_DEV_LOGIN: 'true',
      ...overrides,
    });
    // An edge that starts anyway is stopped, so a failing run does not leave it behind.
    const exit = await Promise.race([
      edge.exited,
      new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 15_000)),
    ]).finally(() => edge.stop());
    expect(exit).toBe(78);
    const lines = edge.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^invalid configuration: CODEXK8S_DEV_LOGIN: /);
    expect(lines[0]).toMatch(message);
  });
  it.each(['CODEXK8S_GITHUB_OAUTH_BASE_URL', 'CODEXK8S_GITHUB_API_BASE_URL'])(
    'the edge refuses a plain-http %s that is not on loopback',
    async (variable) => {
      const edge = startBuiltProcess('edge', {
        ...devEdge.env,
        CODEXK8S_HTTP_ADDR: `127.0.0.1:${await freePort()}`,
        [variable]: 'http://github.example.com',
      });
      expect(await edge.exited).toBe(78);
      expect(edge.output().trim()).toBe(
        `invalid configuration: ${variable}: must be https (plain http only for loopback hosts)`,
      );
    },
  );
});
