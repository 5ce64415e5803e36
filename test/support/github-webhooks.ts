import { createHmac, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';

/** Real payloads recorded from GitHub (@octokit/webhooks-examples). */
interface WebhookDefinition {
  name: string;
  examples: Record<string, unknown>[];
}

const require = createRequire(import.meta.url);
let definitions: WebhookDefinition[] | undefined;

/** The first recorded example of `event` (optionally with `action`), as a fresh copy. */
export function examplePayload(event: string, action?: string): Record<string, unknown> {
  definitions ??= require('@octokit/webhooks-examples') as WebhookDefinition[];
  const definition = definitions.find((candidate) => candidate.name === event);
  const example = definition?.examples.find(
    (candidate) => action === undefined || candidate['action'] === action,
  );
  if (!example)
    throw new Error(`no @octokit/webhooks-examples payload for ${event}${action ? `.${action}` : ''}`);
  return structuredClone(example);
}

/** X-Hub-Signature-256 as GitHub computes it: HMAC-SHA256 of the exact bytes sent. */
export function signBody(secret: string, body: string | Uint8Array): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export interface SendOptions {
  event: string;
  body: string | Buffer;
  secret?: string;
  deliveryId?: string;
  /** Header overrides; `null` removes the header. */
  headers?: Record<string, string | null>;
}

export interface WebhookAnswer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
  deliveryId: string;
}

/** Signs and posts one delivery the way GitHub does. */
export async function sendWebhook(edgeUrl: string, options: SendOptions): Promise<WebhookAnswer> {
  const deliveryId = options.deliveryId ?? randomUUID();
  const bytes = typeof options.body === 'string' ? Buffer.from(options.body) : options.body;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'GitHub-Hookshot/test',
    'x-github-delivery': deliveryId,
    'x-github-event': options.event,
  };
  if (options.secret && bytes.length > 0) headers['x-hub-signature-256'] = signBody(options.secret, bytes);
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === null) delete headers[name.toLowerCase()];
    else headers[name.toLowerCase()] = value;
  }
  const response = await fetch(`${edgeUrl}/api/v1/webhooks/github`, {
    method: 'POST',
    headers,
    body: new Uint8Array(bytes),
  });
  const raw = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    body = { raw };
  }
  return { status: response.status, headers: response.headers, body, deliveryId };
}
