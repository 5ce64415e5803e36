/**
 * `npm run webhook:send -- <event> [--action a] [--repo owner/name] [--repo-id n] [--delivery id]
 *                                   [--url http://127.0.0.1:8080] [--secret s]`
 *
 * Sends a realistic GitHub webhook to a running edge: the payload is a real example from
 * @octokit/webhooks-examples for the event (and action), rewritten to the given repository,
 * signed like GitHub signs it (X-Hub-Signature-256, HMAC-SHA256 of the exact body).
 *
 * Defaults: the URL of the platform `npm start` is running (else http://127.0.0.1:8080); the
 * secret from --secret, else CODEXK8S_GITHUB_WEBHOOK_SECRET (its first entry), else the one
 * `npm start` generated in .data/local-secrets.json.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { sign } from '@octokit/webhooks-methods';
import { readLocalSecrets, runFile } from './local-data.js';
import { readLiveRun } from './local-run-lock.js';

interface WebhookExample {
  name: string;
  actions: string[];
  examples: Array<Record<string, unknown>>;
}

const usage = `usage: npm run webhook:send -- <event> [--action a] [--repo owner/name] [--repo-id n] [--delivery id] [--url http://127.0.0.1:8080] [--secret s]`;

/**
 * A stable repository id for a full name (GitHub ids are positive integers): the same name always
 * maps to the same id, so repeated sends land on the same repository binding and project.
 */
function repositoryIdFor(fullName: string): number {
  const digest = createHash('sha256').update(fullName.toLowerCase()).digest();
  // 6 bytes stay well inside Number.MAX_SAFE_INTEGER (and PostgreSQL bigint)
  return digest.readUIntBE(0, 6) + 1;
}

function examplePayload(event: string, action: string | undefined): Record<string, unknown> {
  // a JSON package: require() loads it the same way under tsx and plain node
  const catalogue = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookExample[];
  const entry = catalogue.find((candidate) => candidate.name === event);
  if (!entry) {
    throw new Error(
      `no example payload for event "${event}"; known events: ${catalogue.map((candidate) => candidate.name).join(', ')}`,
    );
  }
  const example =
    action === undefined
      ? entry.examples[0]
      : entry.examples.find((candidate) => candidate.action === action);
  if (!example) {
    const actions = [
      ...new Set(
        entry.examples.map((candidate) => candidate.action).filter((value) => typeof value === 'string'),
      ),
    ];
    throw new Error(
      `no "${event}" example with action "${action}"; available actions: ${actions.join(', ') || '(none)'}`,
    );
  }
  return structuredClone(example);
}

/** Points the payload's repository (and the pull request's base repository) at owner/name. */
function retarget(
  payload: Record<string, unknown>,
  fullName: string,
  repositoryId: number,
): Record<string, unknown> {
  const [owner, name] = fullName.split('/');
  if (!owner || !name) throw new Error(`--repo must be owner/name, got "${fullName}"`);
  const repository = payload.repository as Record<string, unknown> | undefined;
  if (!repository) return payload;
  const originalId = repository.id;
  const rewrite = (repo: Record<string, unknown>) => {
    repo.id = repositoryId;
    repo.name = name;
    repo.full_name = `${owner}/${name}`;
    repo.html_url = `https://github.com/${owner}/${name}`;
    repo.url = `https://api.github.com/repos/${owner}/${name}`;
    if (repo.owner && typeof repo.owner === 'object') {
      const ownerObject = repo.owner as Record<string, unknown>;
      ownerObject.login = owner;
      if ('name' in ownerObject) ownerObject.name = owner;
    }
  };
  rewrite(repository);
  const base = (payload.pull_request as { base?: { repo?: Record<string, unknown> } } | undefined)?.base
    ?.repo;
  if (base && base.id === originalId) rewrite(base);
  return payload;
}

function resolveSecret(flag: string | undefined): string {
  if (flag) return flag;
  const fromEnv = process.env.CODEXK8S_GITHUB_WEBHOOK_SECRET?.split(',')[0]?.trim();
  if (fromEnv) return fromEnv;
  const local = readLocalSecrets();
  if (local) return local.webhookSecret;
  throw new Error(
    'no webhook secret: pass --secret, set CODEXK8S_GITHUB_WEBHOOK_SECRET, or run `npm start` once (it generates .data/local-secrets.json)',
  );
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      action: { type: 'string' },
      repo: { type: 'string', default: 'octo-org/hello-world' },
      'repo-id': { type: 'string' },
      delivery: { type: 'string' },
      url: { type: 'string' },
      secret: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const event = positionals[0];
  if (values.help || !event) {
    process.stderr.write(`${usage}\n`);
    return values.help ? 0 : 64;
  }
  const repositoryId =
    values['repo-id'] === undefined ? repositoryIdFor(values.repo) : Number(values['repo-id']);
  if (!Number.isSafeInteger(repositoryId) || repositoryId <= 0)
    throw new Error('--repo-id must be a positive integer');

  const payload = retarget(examplePayload(event, values.action), values.repo, repositoryId);
  const body = JSON.stringify(payload);
  const secret = resolveSecret(values.secret);
  const delivery = values.delivery ?? randomUUID();
  const base = (values.url ?? readLiveRun(runFile)?.url ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
  const url = `${base}/api/v1/webhooks/github`;

  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'GitHub-Hookshot/codex-k8s-webhook-send',
      'x-github-event': event,
      'x-github-delivery': delivery,
      'x-hub-signature-256': await sign(secret, body),
    },
    body,
  });
  const text = await response.text();
  let printable = text;
  try {
    printable = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    // not JSON: print as is
  }
  process.stdout.write(
    `POST ${url}\n  event ${event}${payload.action ? ` (${String(payload.action)})` : ''}, repository ${values.repo} (id ${repositoryId}), delivery ${delivery}\n` +
      `${response.status} ${response.statusText}\n${printable}\n`,
  );
  return response.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`webhook:send: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
