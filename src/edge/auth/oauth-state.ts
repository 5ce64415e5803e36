import { hkdfSync } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import { z } from 'zod';

/** SPEC §5: the state cookie is valid 5 minutes (cookie Max-Age and the sealed expiry both). */
export const oauthStateTtlMs = 5 * 60 * 1000;

export interface OAuthRoundTrip {
  state: string;
  codeVerifier: string;
  /** Safe return path (return-path.ts) to open after sign-in. */
  next: string;
}

const roundTripSchema = z.object({
  state: z.string().min(1),
  codeVerifier: z.string().min(43),
  next: z.string().startsWith('/'),
});

/**
 * Seals the round trip into the state cookie (JWE, dir + A256GCM): the browser can neither read
 * the PKCE verifier nor forge or extend the state, and an expired cookie is refused server-side
 * even if a browser kept it. The key is derived from the JWT signing key, so no extra secret.
 */
export class OAuthStateSealer {
  private readonly key: Uint8Array;

  constructor(signingKey: string) {
    this.key = new Uint8Array(hkdfSync('sha256', signingKey, 'codex-k8s', 'oauth-state-cookie', 32));
  }

  seal(roundTrip: OAuthRoundTrip): Promise<string> {
    return new EncryptJWT({ ...roundTrip })
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
      .setIssuedAt()
      .setExpirationTime(`${oauthStateTtlMs / 1000}s`)
      .encrypt(this.key);
  }

  /** The round trip, or null when the cookie is missing, tampered with or expired. */
  async open(sealed: string | undefined): Promise<OAuthRoundTrip | null> {
    if (!sealed) return null;
    try {
      const { payload } = await jwtDecrypt(sealed, this.key, { requiredClaims: ['exp'] });
      const parsed = roundTripSchema.safeParse(payload);
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }
}
