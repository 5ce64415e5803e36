import { Octokit } from '@octokit/rest';
import * as client from 'openid-client';
import { isLoopbackHost } from '../../shared/config/env-types.js';
import { type OAuthRoundTrip } from './oauth-state.js';
import { SignInRefusal } from './sign-in-refusal.js';

export interface GitHubOAuthOptions {
  /** e.g. https://github.com (authorize and access_token live under /login/oauth). */
  oauthBaseUrl: string;
  /** e.g. https://api.github.com (/user, /user/emails). */
  apiBaseUrl: string;
  clientId: string;
  clientSecret: string;
  /** The public callback URL registered with the GitHub OAuth app. */
  redirectUri: string;
  timeoutMs: number;
}

export interface GitHubAccount {
  id: number;
  login: string;
  /** The primary email, only when GitHub says it is verified. */
  primaryVerifiedEmail: string | null;
}

/** `read:user` for the profile, `user:email` for /user/emails (private emails included). */
const scope = 'read:user user:email';

function isInsecureLoopback(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname);
}

/** GitHub refused the code itself (replayed, expired, wrong verifier) rather than failing. */
function codeWasRejected(error: unknown): boolean {
  // A 4xx with an OAuth error body.
  if (error instanceof client.ResponseBodyError) return error.status < 500;
  // GitHub answers a bad code with 200 and {"error":"bad_verification_code"}: no access_token.
  // openid-client wraps oauth4webapi's error, whose cause carries the body.
  if (error instanceof client.ClientError && error.code === 'OAUTH_INVALID_RESPONSE') {
    const inner = error.cause as { body?: unknown; cause?: { body?: unknown } } | undefined;
    const body = inner?.cause?.body ?? inner?.body;
    return (
      typeof body === 'object' && body !== null && typeof (body as { error?: unknown }).error === 'string'
    );
  }
  return false;
}

/**
 * GitHub sign-in with openid-client v6. GitHub is plain OAuth 2.0 (no discovery, no id_token),
 * so the server metadata is given by hand and no ID Token is expected from the token endpoint.
 */
export class GitHubOAuth {
  private readonly config: client.Configuration;

  constructor(private readonly options: GitHubOAuthOptions) {
    this.config = new client.Configuration(
      {
        issuer: options.oauthBaseUrl,
        authorization_endpoint: `${options.oauthBaseUrl}/login/oauth/authorize`,
        token_endpoint: `${options.oauthBaseUrl}/login/oauth/access_token`,
      },
      options.clientId,
      options.clientSecret,
    );
    this.config.timeout = Math.ceil(options.timeoutMs / 1000);
    // The config schema accepts plain http only for loopback hosts (the fake GitHub in tests).
    if (isInsecureLoopback(options.oauthBaseUrl)) client.allowInsecureRequests(this.config);
  }

  /** A fresh state and PKCE verifier, and the authorize URL that carries state and challenge. */
  async begin(next: string): Promise<{ authorizationUrl: URL; roundTrip: OAuthRoundTrip }> {
    const codeVerifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const authorizationUrl = client.buildAuthorizationUrl(this.config, {
      redirect_uri: this.options.redirectUri,
      scope,
      state,
      code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
    });
    return { authorizationUrl, roundTrip: { state, codeVerifier, next } };
  }

  /**
   * Checks the callback against the round trip, exchanges the code and reads the account.
   * Throws SignInRefusal with the code the SPA shows.
   */
  async complete(query: URLSearchParams, roundTrip: OAuthRoundTrip): Promise<GitHubAccount> {
    if (query.get('state') !== roundTrip.state)
      throw new SignInRefusal('state_mismatch', 'callback state does not match the state cookie');
    if (query.has('error'))
      throw new SignInRefusal('access_denied', `GitHub answered ${query.get('error') ?? ''}`);

    const callbackUrl = new URL(this.options.redirectUri);
    callbackUrl.search = query.toString();
    let accessToken: string;
    try {
      const tokens = await client.authorizationCodeGrant(this.config, callbackUrl, {
        expectedState: roundTrip.state,
        pkceCodeVerifier: roundTrip.codeVerifier,
        idTokenExpected: false,
      });
      accessToken = tokens.access_token;
    } catch (error) {
      if (codeWasRejected(error))
        throw new SignInRefusal('state_mismatch', 'GitHub rejected the authorization code', { cause: error });
      throw new SignInRefusal('github_unavailable', 'GitHub token endpoint failed', { cause: error });
    }
    return this.readAccount(accessToken);
  }

  private async readAccount(accessToken: string): Promise<GitHubAccount> {
    const octokit = new Octokit({
      auth: accessToken,
      baseUrl: this.options.apiBaseUrl,
      userAgent: 'codex-k8s',
      request: { signal: AbortSignal.timeout(this.options.timeoutMs) },
      log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    });
    try {
      const [user, emails] = await Promise.all([
        octokit.rest.users.getAuthenticated(),
        octokit.rest.users.listEmailsForAuthenticatedUser({ per_page: 100 }),
      ]);
      const primary = emails.data.find((entry) => entry.primary && entry.verified);
      return { id: user.data.id, login: user.data.login, primaryVerifiedEmail: primary?.email ?? null };
    } catch (error) {
      throw new SignInRefusal('github_unavailable', 'reading the GitHub user failed', { cause: error });
    }
  }
}
