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

/** Issues and checks the staff JWT (SPEC §5): HS256, issuer codex-k8s, short TTL. */
export class StaffTokens {
  private readonly key: Uint8Array;

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
   * The principal of a valid token, or null for anything else: expired, another key, another
   * algorithm (`none` included: only HS256 is accepted), another issuer, missing claims, garbage.
   */
  async verify(token: string): Promise<StaffPrincipal | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [algorithm],
        issuer: staffTokenIssuer,
        requiredClaims: ['exp', 'sub'],
      });
      const claims = claimsSchema.safeParse(payload);
      if (!claims.success) return null;
      return {
        userId: claims.data.sub,
        email: claims.data.email,
        githubLogin: claims.data.github_login,
        isPlatformAdmin: claims.data.is_admin,
        isPlatformOwner: claims.data.is_owner,
      };
    } catch (error) {
      if (error instanceof errors.JOSEError || error instanceof TypeError) return null;
      throw error;
    }
  }
}
