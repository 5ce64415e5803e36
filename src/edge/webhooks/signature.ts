import { createHmac, timingSafeEqual } from 'node:crypto';

const signatureFormat = /^sha256=([0-9a-f]{64})$/;

/**
 * True when `signature` (X-Hub-Signature-256) is the HMAC-SHA256 of the exact bytes of `body` under
 * any one of the secrets (several during rotation), compared in constant time. node:crypto rather
 * than @octokit/webhooks-methods, which takes the body only as a string: decoding first would sign
 * something other than what GitHub signed whenever the bytes are not valid UTF-8.
 */
export function signatureMatches(
  secrets: readonly string[],
  body: Uint8Array,
  signature: string | undefined,
): boolean {
  const hex = signature === undefined ? undefined : signatureFormat.exec(signature)?.[1];
  if (hex === undefined || body.length === 0) return false;
  const expected = Buffer.from(hex, 'hex');
  return secrets.some((secret) =>
    timingSafeEqual(createHmac('sha256', secret).update(body).digest(), expected),
  );
}
