/**
 * `npm run webhook:send -- <event> [options]` (`--help` lists them): signs a realistic GitHub
 * webhook and posts it to a running edge. The payload is a real example from
 * @octokit/webhooks-examples, edited as asked (scripts/webhook-payload.ts) and signed like GitHub
 * signs it (X-Hub-Signature-256, HMAC-SHA256 of the exact body).
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sign } from '@octokit/webhooks-methods';
import { readLocalSecrets, runFile } from './local-data.js';
import { readLiveRun } from './local-run-lock.js';
import { actionFor, editedPayload, examplePayload, repositoryIdFor } from './webhook-payload.js';

const help = `usage: npm run webhook:send -- <event> [options]

Signs a real GitHub payload for <event> (from @octokit/webhooks-examples, e.g. issues, issue_comment,
pull_request, push, ping) and posts it to a running edge, as GitHub would.

options:
  --action NAME        pick the example with this action (default: the event's first example)
  --repo OWNER/NAME    the repository the delivery names (default octo-org/hello-world)
  --repo-id N          its numeric id (default: a stable id derived from the name)
  --label NAME         the label applied (issues, pull_request; the action defaults to labeled)
  --comment TEXT       the comment's body (issue_comment, pull_request_review_comment: the action
                       defaults to created) or the review's (pull_request_review: submitted)
  --association VALUE  author_association of the comment, review, issue or pull request:
                       OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, FIRST_TIME_CONTRIBUTOR, FIRST_TIMER,
                       MANNEQUIN or NONE (the examples say OWNER)
  --sender LOGIN       the GitHub login that sent it (and wrote the comment or review, or pushed)
  --delivery ID        X-GitHub-Delivery (default: a random UUID); send an id twice for a redelivery
  --url URL            the edge (default: the one npm start is serving, else http://127.0.0.1:8080)
  --secret SECRET      the webhook secret (default: the first of CODEXK8S_GITHUB_WEBHOOK_SECRET,
                       else the one npm start generated in .data/local-secrets.json)
  -h, --help           this help

Which deliveries start a run is the trigger policy's to say (README, "Triggers"): a label starting
with run:, a comment whose first line starts with /codex from a trusted sender, or a listed event.

examples:
  npm run webhook:send -- issues --action labeled --label run:dev --repo octo-org/hello-world
      starts a run (202)
  npm run webhook:send -- issue_comment --comment "/codex fix the typo"
      starts a run: the example's author is the repository's OWNER
  npm run webhook:send -- issue_comment --comment "/codex do it" --association NONE --sender stranger
      ignored (200), reason untrusted_sender
  npm run webhook:send -- push
      ignored, reason no_trigger (unless CODEXK8S_TRIGGER_EVENTS lists push)

Put -- before the options: without it npm takes them for itself.`;

const options = {
  action: { type: 'string' },
  repo: { type: 'string', default: 'octo-org/hello-world' },
  'repo-id': { type: 'string' },
  label: { type: 'string' },
  comment: { type: 'string' },
  association: { type: 'string' },
  sender: { type: 'string' },
  delivery: { type: 'string' },
  url: { type: 'string' },
  secret: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A mistake in how the script was called: said in one line, with the usage hint, exit 64. */
class UsageError extends Error {}

const forgotDashes =
  'did you forget the -- after `npm run webhook:send`? Without it npm takes the options for itself';

function parseCommandLine(args: string[]) {
  // npm turns `--action labeled` given before `--` into npm_config_action and passes "labeled" on.
  const takenByNpm = Object.keys(options).filter(
    (name) => process.env[`npm_config_${name.replace('-', '_')}`],
  );
  if (takenByNpm.length > 0)
    throw new UsageError(
      `npm kept ${takenByNpm.map((name) => `--${name}`).join(', ')} for itself: ${forgotDashes}`,
    );
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length > 1)
    throw new UsageError(`one event expected, got "${parsed.positionals.join(' ')}": ${forgotDashes}`);
  return { values: parsed.values, event: parsed.positionals[0] };
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

/** The connection failed before any answer: say what that means here rather than "fetch failed". */
function unreachable(error: unknown, base: string): Error | undefined {
  if (!(error instanceof TypeError) || !(error.cause instanceof Error)) return undefined;
  const code = (error.cause as { code?: unknown }).code;
  return code === 'ECONNREFUSED'
    ? new Error(`nothing is listening at ${base} — is \`npm start\` running?`)
    : new Error(
        `could not reach ${base} (${typeof code === 'string' ? code : error.cause.message}) — is \`npm start\` running?`,
      );
}

async function main(): Promise<number> {
  const { values, event } = parseCommandLine(process.argv.slice(2));
  if (values.help) {
    process.stdout.write(`${help}\n`);
    return 0;
  }
  if (!event) throw new UsageError('which event? e.g. issues, issue_comment, pull_request, push');
  const repositoryId =
    values['repo-id'] === undefined ? repositoryIdFor(values.repo) : Number(values['repo-id']);
  if (!Number.isSafeInteger(repositoryId) || repositoryId <= 0)
    throw new UsageError('--repo-id must be a positive integer');

  const edits = {
    repo: values.repo,
    repositoryId,
    label: values.label,
    comment: values.comment,
    association: values.association,
    sender: values.sender,
  };
  const action = actionFor(event, values.action, edits);
  const payload = editedPayload(examplePayload(event, action), event, edits);
  const body = JSON.stringify(payload);
  const secret = resolveSecret(values.secret);
  const delivery = values.delivery ?? randomUUID();
  const base = (values.url ?? readLiveRun(runFile)?.url ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
  const url = `${base}/api/v1/webhooks/github`;

  let response: Response;
  try {
    response = await fetch(url, {
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
  } catch (error) {
    throw unreachable(error, base) ?? error;
  }
  const text = await response.text();
  let printable = text;
  try {
    printable = JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    // not JSON: print as is
  }
  const what = [
    values.label !== undefined ? `label ${values.label}` : '',
    values.comment !== undefined ? `comment ${JSON.stringify(values.comment)}` : '',
    values.association !== undefined ? `association ${values.association.toUpperCase()}` : '',
    values.sender !== undefined ? `sender ${values.sender}` : '',
  ].filter(Boolean);
  process.stdout.write(
    `POST ${url}\n  event ${event}${payload.action ? ` (${String(payload.action)})` : ''}, repository ${values.repo} (id ${repositoryId}), delivery ${delivery}` +
      `${what.length > 0 ? `\n  ${what.join(', ')}` : ''}\n` +
      `${response.status} ${response.statusText}\n${printable}\n`,
  );
  return response.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError) {
      process.stderr.write(`webhook:send: ${message}\n(npm run webhook:send -- --help lists the options)\n`);
      process.exit(64);
    }
    process.stderr.write(`webhook:send: ${message}\n`);
    process.exit(1);
  },
);
