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

/** How many verified tokens to remember (one per active session is plenty). */
const verifiedCacheSize = 10_000;

/** Issues and checks the staff JWT (SPEC §5): HS256, issuer codex-k8s, short TTL. */
export class StaffTokens {
  private readonly key: Uint8Array;
  /**
   * Tokens already verified, with their expiry: every staff request carries the same token for
   * its whole life, and an HMAC check through WebCrypto costs more than the rest of the edge's work
   * for a cached answer. Only valid tokens are kept, and never past their `exp`.
   */
  private readonly verified = new Map<string, VerifiedStaffToken>();

  constructor(
    signingKey: string,
    readonly ttlMs: number,
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
    const cached = this.verified.get(token);
    if (cached) {
      if (nowMs < cached.expiresAtMs) return cached;
      this.verified.delete(token);
    }
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
      this.remember(token, verified);
      return verified;
    } catch (error) {
      if (error instanceof errors.JOSEError || error instanceof TypeError) return null;
      throw error;
    }
  }

  private remember(token: string, verified: VerifiedStaffToken): void {
    if (this.verified.size >= verifiedCacheSize) {
      // Maps iterate in insertion order: drop the oldest entry.
      const oldest = this.verified.keys().next();
      if (!oldest.done) this.verified.delete(oldest.value);
    }
    this.verified.set(token, verified);
  }
}
