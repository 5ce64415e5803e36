/**
 * Talking to the staff API of a running edge as a given user: a staff JWT minted exactly as
 * SPEC §5 (HS256 with the platform's signing key, issuer codex-k8s, sub = user id, claims
 * email, github_login, is_admin, is_owner) and sent as `Authorization: Bearer`, plus plain
 * HTTP tRPC calls (no transformer) that return status, data and the error code and message.
 */
import { SignJWT } from 'jose';

export interface StaffIdentity {
  id: string;
  email: string;
  githubLogin?: string;
  isPlatformAdmin?: boolean;
  isPlatformOwner?: boolean;
}

export function mintStaffJwt(signingKey: string, user: StaffIdentity, ttlSeconds = 900): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    email: user.email,
    github_login: user.githubLogin ?? '',
    is_admin: user.isPlatformAdmin ?? false,
    is_owner: user.isPlatformOwner ?? false,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.id)
    .setIssuer('codex-k8s')
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .sign(new TextEncoder().encode(signingKey));
}

export interface TrpcResult<T = unknown> {
  status: number;
  data?: T;
  /** tRPC error code, e.g. BAD_REQUEST, FORBIDDEN. */
  code?: string;
  message?: string;
  /** The refusal's stable reason code (src/shared/contract/error-reasons.ts) and its details. */
  reason?: string;
  details?: Record<string, unknown>;
}

interface TrpcBody<T> {
  result?: { data?: T };
  error?: {
    message?: string;
    data?: { code?: string; reason?: string; details?: Record<string, unknown> };
  };
}

/** One tRPC procedure over HTTP: queries as GET ?input=, mutations as POST with a JSON body. */
export async function trpc<T = unknown>(
  edgeUrl: string,
  procedure: string,
  kind: 'query' | 'mutation',
  input: unknown,
  token: string | null,
): Promise<TrpcResult<T>> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const response =
    kind === 'query'
      ? await fetch(
          `${edgeUrl}/api/trpc/${procedure}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
          { headers },
        )
      : await fetch(`${edgeUrl}/api/trpc/${procedure}`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
  const body = (await response.json()) as TrpcBody<T>;
  return {
    status: response.status,
    data: body.result?.data,
    code: body.error?.data?.code,
    message: body.error?.message,
    reason: body.error?.data?.reason,
    details: body.error?.data?.details,
  };
}
