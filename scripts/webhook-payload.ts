/**
 * The payload `npm run webhook:send` posts: a real example from @octokit/webhooks-examples for the
 * event (and action), edited to name the repository, the label, the comment, the author
 * association and the sender asked for.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { authorAssociations } from '../src/control-plane/domain/triggers/trigger-policy.js';

interface WebhookExample {
  name: string;
  examples: Array<Record<string, unknown>>;
}

type Json = Record<string, unknown>;

export interface PayloadEdits {
  /** owner/name */
  repo: string;
  repositoryId: number;
  label?: string;
  comment?: string;
  association?: string;
  sender?: string;
}

const labelEvents = ['issues', 'pull_request'];
/** Where a comment's text goes: the comment's body, or the review's. */
const commentEvents: Record<string, { field: 'comment' | 'review'; action: string }> = {
  issue_comment: { field: 'comment', action: 'created' },
  pull_request_review_comment: { field: 'comment', action: 'created' },
  pull_request_review: { field: 'review', action: 'submitted' },
};

/**
 * A stable repository id for a full name (GitHub ids are positive integers): the same name always
 * maps to the same id, so repeated sends land on the same repository binding and project.
 */
export function repositoryIdFor(fullName: string): number {
  const digest = createHash('sha256').update(fullName.toLowerCase()).digest();
  // 6 bytes stay well inside Number.MAX_SAFE_INTEGER (and PostgreSQL bigint)
  return digest.readUIntBE(0, 6) + 1;
}

/**
 * The action to pick the example by: the one given, else the one the edits imply (`--label`:
 * labeled, `--comment`: created / submitted). Refuses edits the event cannot carry.
 */
export function actionFor(
  event: string,
  action: string | undefined,
  edits: Partial<PayloadEdits>,
): string | undefined {
  if (edits.label !== undefined) {
    if (!labelEvents.includes(event))
      throw new Error(`--label needs the event issues or pull_request, not "${event}"`);
    if (action !== undefined && action !== 'labeled' && action !== 'unlabeled')
      throw new Error(`--label needs --action labeled (or unlabeled), not "${action}"`);
    return action ?? 'labeled';
  }
  if (edits.comment !== undefined) {
    const target = commentEvents[event];
    if (!target)
      throw new Error(`--comment needs the event ${Object.keys(commentEvents).join(', ')}, not "${event}"`);
    return action ?? target.action;
  }
  return action;
}

export function examplePayload(event: string, action: string | undefined): Json {
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

const objectAt = (value: Json | undefined, key: string): Json | undefined => {
  const child = value?.[key];
  return child !== null && typeof child === 'object' && !Array.isArray(child) ? (child as Json) : undefined;
};

/** Points the payload's repository (and the pull request's base repository) at owner/name. */
function retarget(payload: Json, fullName: string, repositoryId: number): void {
  const [owner, name, ...rest] = fullName.split('/');
  if (!owner || !name || rest.length > 0) throw new Error(`--repo must be owner/name, got "${fullName}"`);
  const repository = objectAt(payload, 'repository');
  if (!repository) return;
  const originalId = repository.id;
  const rewrite = (repo: Json) => {
    repo.id = repositoryId;
    repo.name = name;
    repo.full_name = `${owner}/${name}`;
    repo.html_url = `https://github.com/${owner}/${name}`;
    repo.url = `https://api.github.com/repos/${owner}/${name}`;
    const ownerObject = objectAt(repo, 'owner');
    if (ownerObject) {
      ownerObject.login = owner;
      if ('name' in ownerObject) ownerObject.name = owner;
    }
  };
  const originalUrl = typeof repository.html_url === 'string' ? `${repository.html_url}/` : undefined;
  rewrite(repository);
  const base = objectAt(objectAt(objectAt(payload, 'pull_request'), 'base'), 'repo');
  if (base && base.id === originalId) rewrite(base);
  // The issue's, pull request's, comment's and review's pages move with the repository.
  for (const key of ['issue', 'pull_request', 'comment', 'review']) {
    const item = objectAt(payload, key);
    const url = item?.html_url;
    if (item && originalUrl && typeof url === 'string' && url.startsWith(originalUrl))
      item.html_url = `https://github.com/${owner}/${name}/${url.slice(originalUrl.length)}`;
  }
}

/** What the sender wrote (the comment or the review), else the issue or pull request it is about. */
function authoredItem(payload: Json): Json | undefined {
  return (
    objectAt(payload, 'comment') ??
    objectAt(payload, 'review') ??
    objectAt(payload, 'issue') ??
    objectAt(payload, 'pull_request')
  );
}

/** The example edited as asked. */
export function editedPayload(example: Json, event: string, edits: PayloadEdits): Json {
  const payload = structuredClone(example);
  retarget(payload, edits.repo, edits.repositoryId);
  if (edits.label !== undefined) {
    const label = objectAt(payload, 'label') ?? {};
    payload.label = { ...label, name: edits.label };
  }
  if (edits.comment !== undefined) {
    const field = commentEvents[event]?.field ?? 'comment';
    payload[field] = { ...objectAt(payload, field), body: edits.comment };
  }
  if (edits.association !== undefined) {
    const association = edits.association.toUpperCase();
    if (!(authorAssociations as readonly string[]).includes(association))
      throw new Error(
        `--association must be one of ${authorAssociations.join(', ')}, not "${edits.association}"`,
      );
    const item = authoredItem(payload);
    if (!item)
      throw new Error(
        `a "${event}" delivery has no comment, review, issue or pull request to carry --association`,
      );
    item.author_association = association;
  }
  if (edits.sender !== undefined) {
    if (!/^[A-Za-z0-9-]{1,39}$/.test(edits.sender))
      throw new Error(`--sender must be a GitHub login, not "${edits.sender}"`);
    payload.sender = { ...objectAt(payload, 'sender'), login: edits.sender };
    // The sender wrote what they sent: the comment's or review's author, or the pusher.
    const written = objectAt(payload, 'comment') ?? objectAt(payload, 'review');
    const user = objectAt(written, 'user');
    if (written && user) written.user = { ...user, login: edits.sender };
    const pusher = objectAt(payload, 'pusher');
    if (pusher) pusher.name = edits.sender;
  }
  return payload;
}
