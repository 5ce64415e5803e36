/**
 * A fake GitHub on loopback that speaks GitHub's real paths, so the edge runs its real OAuth
 * flow (openid-client, Octokit) against it. One express app serves both "github.com" (OAuth)
 * and "api.github.com" (REST): their paths do not clash.
 *
 * Layout: `startFakeGitHubServer()` is the bare server; features install their routes on its
 * `app` (`installFakeOAuth` here; repositories and hooks can live in another file the same way).
 * `startFakeGitHub()` is the server with OAuth installed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import express, { type Express, type Request, type Response } from 'express';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: unknown;
}

export interface FakeGitHubServer {
  url: string;
  /** CODEXK8S_GITHUB_OAUTH_BASE_URL */
  oauthBaseUrl: string;
  /** CODEXK8S_GITHUB_API_BASE_URL */
  apiBaseUrl: string;
  /** Install more endpoints here (express 5; JSON and form bodies are parsed). */
  app: Express;
  /** Every request, oldest first. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFakeGitHubServer(): Promise<FakeGitHubServer> {
  const app = express();
  const requests: RecordedRequest[] = [];
  app.use(express.json({ limit: '5mb' }));
  app.use(express.urlencoded({ extended: false }));
  app.use((req, _res, next) => {
    requests.push({
      method: req.method,
      path: req.path,
      query: Object.fromEntries(Object.entries(req.query).map(([key, value]) => [key, String(value)])),
      headers: Object.fromEntries(Object.entries(req.headers).map(([key, value]) => [key, String(value)])),
      body: req.body as unknown,
    });
    next();
  });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    oauthBaseUrl: url,
    apiBaseUrl: url,
    app,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface FakeGitHubEmail {
  email: string;
  primary: boolean;
  verified: boolean;
  visibility?: 'public' | 'private' | null;
}

export interface FakeGitHubUser {
  id: number;
  login: string;
  emails: FakeGitHubEmail[];
}

/** What GitHub remembers about one authorization code. */
export interface IssuedCode {
  code: string;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  codeChallengeMethod: string;
  user: FakeGitHubUser;
  redeemed: boolean;
}

export interface FakeOAuthOptions {
  clientId: string;
  clientSecret: string;
  /** The GitHub user who "signs in" at the authorize step; change with `setUser`. */
  user: FakeGitHubUser;
}

export interface FakeGitHubOAuth {
  readonly clientId: string;
  readonly clientSecret: string;
  setUser(user: FakeGitHubUser): void;
  /** When set, POST /login/oauth/access_token answers this 5xx status. */
  failTokenEndpoint(status: number | null): void;
  /** Every code issued at /login/oauth/authorize, in order. */
  codes: IssuedCode[];
  /** Every answer of the token endpoint: which code, and whether a token was issued. */
  tokenExchanges: Array<{ code: string; outcome: 'issued' | string }>;
  /** Access tokens issued, with the user they belong to. */
  accessTokens: Map<string, FakeGitHubUser>;
}

function s256(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

function bodyField(req: Request, name: string): string {
  const body = req.body as Record<string, unknown> | undefined;
  const value = body?.[name];
  return typeof value === 'string' ? value : '';
}

/** GitHub answers OAuth errors of the token endpoint with 200 and an error object (JSON accept). */
function oauthError(res: Response, error: string, description: string): void {
  res
    .status(200)
    .json({ error, error_description: description, error_uri: 'https://docs.github.com/apps/oauth' });
}

/** GET /login/oauth/authorize, POST /login/oauth/access_token, GET /user, GET /user/emails. */
export function installFakeOAuth(server: FakeGitHubServer, options: FakeOAuthOptions): FakeGitHubOAuth {
  let user = options.user;
  let tokenFailure: number | null = null;
  const codes: IssuedCode[] = [];
  const tokenExchanges: FakeGitHubOAuth['tokenExchanges'] = [];
  const accessTokens = new Map<string, FakeGitHubUser>();

  // The user "approves" at once: GitHub redirects back with code and the untouched state.
  server.app.get('/login/oauth/authorize', (req, res) => {
    const query = req.query as Record<string, string | undefined>;
    if (query['client_id'] !== options.clientId || !query['redirect_uri']) {
      res.status(404).send('unknown client_id or missing redirect_uri');
      return;
    }
    const issued: IssuedCode = {
      code: randomBytes(10).toString('hex'),
      clientId: query['client_id'],
      redirectUri: query['redirect_uri'],
      codeChallenge: query['code_challenge'] ?? '',
      codeChallengeMethod: query['code_challenge_method'] ?? '',
      user,
      redeemed: false,
    };
    codes.push(issued);
    const target = new URL(issued.redirectUri);
    target.searchParams.set('code', issued.code);
    if (query['state'] !== undefined) target.searchParams.set('state', query['state']);
    res.redirect(302, target.href);
  });

  server.app.post('/login/oauth/access_token', (req, res) => {
    const code = bodyField(req, 'code');
    const record = (outcome: string) => tokenExchanges.push({ code, outcome });
    if (tokenFailure !== null) {
      record(`http_${tokenFailure}`);
      res
        .status(tokenFailure)
        .type('text/html')
        .send('<html><body>Unicorn! GitHub is having trouble.</body></html>');
      return;
    }
    // ClientSecretPost (openid-client's default) or HTTP Basic: GitHub takes either.
    let clientId = bodyField(req, 'client_id');
    let clientSecret = bodyField(req, 'client_secret');
    const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
    if (basic?.[1]) {
      const [id, secret] = Buffer.from(basic[1], 'base64').toString().split(':');
      clientId = decodeURIComponent(id ?? '');
      clientSecret = decodeURIComponent(secret ?? '');
    }
    if (clientId !== options.clientId || clientSecret !== options.clientSecret) {
      record('incorrect_client_credentials');
      oauthError(
        res,
        'incorrect_client_credentials',
        'The client_id and/or client_secret passed are incorrect.',
      );
      return;
    }
    const issued = codes.find((entry) => entry.code === code);
    if (!issued || issued.redeemed) {
      record('bad_verification_code');
      oauthError(res, 'bad_verification_code', 'The code passed is incorrect or expired.');
      return;
    }
    // Codes are one-time even when the exchange fails afterwards.
    issued.redeemed = true;
    if (bodyField(req, 'redirect_uri') !== issued.redirectUri) {
      record('redirect_uri_mismatch');
      oauthError(
        res,
        'redirect_uri_mismatch',
        'The redirect_uri MUST match the registered callback URL for this application.',
      );
      return;
    }
    const verifier = bodyField(req, 'code_verifier');
    if (
      issued.codeChallenge !== '' &&
      (issued.codeChallengeMethod !== 'S256' || s256(verifier) !== issued.codeChallenge)
    ) {
      record('invalid_grant');
      oauthError(res, 'invalid_grant', 'The code_verifier does not match the code_challenge.');
      return;
    }
    const accessToken = `gho_${randomBytes(18).toString('hex')}`;
    accessTokens.set(accessToken, issued.user);
    record('issued');
    const answer = { access_token: accessToken, token_type: 'bearer', scope: 'read:user,user:email' };
    if ((req.headers.accept ?? '').includes('application/json')) res.json(answer);
    else res.type('application/x-www-form-urlencoded').send(new URLSearchParams(answer).toString());
  });

  const authenticated = (req: Request, res: Response): FakeGitHubUser | null => {
    const match = /^(?:token|bearer) (\S+)$/i.exec(req.headers.authorization ?? '');
    const owner = match?.[1] ? accessTokens.get(match[1]) : undefined;
    if (!owner) {
      res.status(401).json({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      return null;
    }
    return owner;
  };

  server.app.get('/user', (req, res) => {
    const owner = authenticated(req, res);
    if (!owner) return;
    const publicEmail =
      owner.emails.find((entry) => entry.primary && entry.visibility === 'public')?.email ?? null;
    res.json({
      login: owner.login,
      id: owner.id,
      type: 'User',
      site_admin: false,
      name: owner.login,
      email: publicEmail,
    });
  });

  server.app.get('/user/emails', (req, res) => {
    const owner = authenticated(req, res);
    if (!owner) return;
    res.json(owner.emails.map((entry) => ({ visibility: null, ...entry })));
  });

  return {
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    setUser: (next) => {
      user = next;
    },
    failTokenEndpoint: (status) => {
      tokenFailure = status;
    },
    codes,
    tokenExchanges,
    accessTokens,
  };
}

export interface FakeGitHub {
  server: FakeGitHubServer;
  oauth: FakeGitHubOAuth;
  /** Edge variables that point its OAuth at this fake. */
  edgeEnv: Record<string, string>;
  close(): Promise<void>;
}

/** The fake server with the OAuth endpoints, for a GitHub user with one verified primary email. */
export async function startFakeGitHub(user: FakeGitHubUser): Promise<FakeGitHub> {
  const server = await startFakeGitHubServer();
  const oauth = installFakeOAuth(server, {
    clientId: `Iv1.${randomBytes(8).toString('hex')}`,
    clientSecret: randomBytes(20).toString('hex'),
    user,
  });
  return {
    server,
    oauth,
    edgeEnv: {
      CODEXK8S_GITHUB_OAUTH_BASE_URL: server.oauthBaseUrl,
      CODEXK8S_GITHUB_API_BASE_URL: server.apiBaseUrl,
      CODEXK8S_GITHUB_OAUTH_CLIENT_ID: oauth.clientId,
      CODEXK8S_GITHUB_OAUTH_CLIENT_SECRET: oauth.clientSecret,
    },
    close: () => server.close(),
  };
}
