import { errors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { type StaffPrincipal } from '../trpc/context.js';

export const staffTokenIssuer = 'codex-k8s';
const algorithm = 'HS256';

const claimsSchema = z.object({
  sub: z.string().min(1),
  email: z.string().min(1),
  github_login: z.string(),
  is_admin: z.boolean(),
  is_owner: z.boolean(),
});

/** A valid token's principal and when the token stops being valid. */
export interface VerifiedStaffToken {
  principal: StaffPrincipal;
  expiresAtMs: number;
}

/** Where verified tokens may be remembered (the `verified-token-cache` fast path), so a repeat skips the check. */
export interface VerifiedTokenMemory {
  /** The token's verified answer, while it is still valid at `nowMs`. */
  recall(token: string, nowMs: number): VerifiedStaffToken | undefined;
  remember(token: string, verified: VerifiedStaffToken): void;
}

/** Issues and checks the staff JWT (SPEC §5): HS256, issuer codex-k8s, short TTL. */
export class StaffTokens {
  private readonly key: Uint8Array;

  constructor(
    signingKey: string,
    readonly ttlMs: number,
    /** Without one, jose checks every token on every request. */
    private readonly memory?: VerifiedTokenMemory,
  ) {
    this.key = new TextEncoder().encode(signingKey);
  }

  issue(principal: StaffPrincipal, now = new Date()): Promise<string> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    return new SignJWT({
      email: principal.email,
      github_login: principal.githubLogin,
      is_admin: principal.isPlatformAdmin,
      is_owner: principal.isPlatformOwner,
    })
      .setProtectedHeader({ alg: algorithm, typ: 'JWT' })
      .setSubject(principal.userId)
      .setIssuer(staffTokenIssuer)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + Math.ceil(this.ttlMs / 1000))
      .sign(this.key);
  }

  /**
   * The principal and expiry of a valid token, or null for anything else: expired, another key,
   * another algorithm (`none` included: only HS256 is accepted), another issuer, missing claims, garbage.
   */
  async verify(token: string, nowMs = Date.now()): Promise<VerifiedStaffToken | null> {
    const remembered = this.memory?.recall(token, nowMs);
    if (remembered) return remembered;
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [algorithm],
        issuer: staffTokenIssuer,
        requiredClaims: ['exp', 'sub'],
        currentDate: new Date(nowMs),
      });
      const claims = claimsSchema.safeParse(payload);
      if (!claims.success) return null;
      const principal: StaffPrincipal = {
        userId: claims.data.sub,
        email: claims.data.email,
        githubLogin: claims.data.github_login,
        isPlatformAdmin: claims.data.is_admin,
        isPlatformOwner: claims.data.is_owner,
      };
      const verified = { principal, expiresAtMs: (payload.exp ?? 0) * 1000 };
      this.memory?.remember(token, verified);
      return verified;
    } catch (error) {
      if (error instanceof errors.JOSEError || error instanceof TypeError) return null;
      throw error;
    }
  }
}
