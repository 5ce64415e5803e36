import { verify } from '@octokit/webhooks-methods';

const signatureFormat = /^sha256=[0-9a-f]{64}$/;

/**
 * True when `signature` (X-Hub-Signature-256) is the HMAC-SHA256 of `body` under any one of the
 * secrets (several during rotation). @octokit/webhooks-methods compares in constant time.
 */
export async function signatureMatches(
  secrets: readonly string[],
  body: string,
  signature: string | undefined,
): Promise<boolean> {
  if (!signature || !signatureFormat.test(signature) || body.length === 0) return false;
  for (const secret of secrets) {
    if (await verify(secret, body, signature)) return true;
  }
  return false;
}
