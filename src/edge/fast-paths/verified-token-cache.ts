import { type FastPath } from '../../shared/fast-paths/fast-path.js';
import { type VerifiedStaffToken, type VerifiedTokenMemory } from '../auth/staff-token.js';

export const verifiedTokenCache: FastPath<'verified-token-cache'> = {
  name: 'verified-token-cache',
  replaces:
    "jose's check of the staff JWT on every request, because a session sends the same token all its life and the HMAC through WebCrypto costs more than the rest of a cached answer",
};

/** How many verified tokens to remember (one per active session is plenty). */
const defaultMaxTokens = 10_000;

/**
 * Valid tokens already verified, with their expiry; never answered past their `exp`. The
 * control-plane re-reads the user on every call, so revocation does not wait for the cache.
 */
export class VerifiedTokenCache implements VerifiedTokenMemory {
  private readonly verified = new Map<string, VerifiedStaffToken>();

  constructor(private readonly maxTokens = defaultMaxTokens) {}

  recall(token: string, nowMs: number): VerifiedStaffToken | undefined {
    const cached = this.verified.get(token);
    if (cached === undefined || nowMs < cached.expiresAtMs) return cached;
    this.verified.delete(token);
    return undefined;
  }

  remember(token: string, verified: VerifiedStaffToken): void {
    if (this.verified.size >= this.maxTokens) {
      // Maps iterate in insertion order: drop the oldest entry.
      const oldest = this.verified.keys().next();
      if (!oldest.done) this.verified.delete(oldest.value);
    }
    this.verified.set(token, verified);
  }
}
