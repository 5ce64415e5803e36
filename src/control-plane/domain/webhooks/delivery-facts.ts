/**
 * What the trigger policy and the run's subject read from a payload beyond the summary. GitHub's
 * payloads are read leniently here: a field of an unexpected type counts as absent (a delivery is
 * not refused because, say, a label has no name; it simply matches no label trigger).
 */

/** What the run is about (the run payload's `subject`). */
export interface RunSubject {
  kind: 'issue' | 'pull_request' | 'commit' | 'none';
  /** Issue or pull request number. */
  number: number | null;
  /** Issue or pull request title; a commit's first message line. */
  title: string | null;
  html_url: string | null;
  /** The pull request's head commit, or the commit a push moved its ref to. */
  head_sha: string | null;
  /** `refs/heads/main` for a push; the pull request's head branch. */
  ref: string | null;
  /** The branch name when the ref is a branch. */
  branch: string | null;
}

export interface DeliveryFacts {
  /** `label.name` (labeled / unlabeled deliveries). */
  labelName: string | null;
  /** The comment's or review's body. */
  body: string | null;
  /**
   * `author_association` of what the sender wrote (the comment or review), else of the issue or
   * pull request the delivery is about; null when the payload has none (push, most other events).
   */
  association: string | null;
  subject: RunSubject;
}

type Json = Record<string, unknown>;

const objectAt = (value: Json | null, key: string): Json | null => {
  const child = value?.[key];
  return child !== null && typeof child === 'object' && !Array.isArray(child) ? (child as Json) : null;
};
const stringAt = (value: Json | null, key: string): string | null => {
  const child = value?.[key];
  return typeof child === 'string' ? child : null;
};
const numberAt = (value: Json | null, key: string): number | null => {
  const child = value?.[key];
  return typeof child === 'number' && Number.isSafeInteger(child) ? child : null;
};

const noSubject: RunSubject = {
  kind: 'none',
  number: null,
  title: null,
  html_url: null,
  head_sha: null,
  ref: null,
  branch: null,
};

const branchOf = (ref: string | null) => (ref?.startsWith('refs/heads/') ? ref.slice(11) : null);
const nullCommit = /^0+$/;

function subjectOf(event: string, payload: Json): RunSubject {
  const pullRequest = objectAt(payload, 'pull_request');
  if (pullRequest) {
    const head = objectAt(pullRequest, 'head');
    const ref = stringAt(head, 'ref');
    return {
      kind: 'pull_request',
      number: numberAt(pullRequest, 'number') ?? numberAt(payload, 'number'),
      title: stringAt(pullRequest, 'title'),
      html_url: stringAt(pullRequest, 'html_url'),
      head_sha: stringAt(head, 'sha'),
      ref,
      branch: ref,
    };
  }
  const issue = objectAt(payload, 'issue');
  if (issue) {
    return {
      ...noSubject,
      // An issue that is a pull request says so (issue comments on pull requests arrive this way).
      kind: objectAt(issue, 'pull_request') ? 'pull_request' : 'issue',
      number: numberAt(issue, 'number'),
      title: stringAt(issue, 'title'),
      html_url: stringAt(issue, 'html_url'),
    };
  }
  if (event === 'push') {
    const after = stringAt(payload, 'after');
    const ref = stringAt(payload, 'ref');
    const headCommit = objectAt(payload, 'head_commit');
    const message = stringAt(headCommit, 'message');
    return {
      ...noSubject,
      kind: 'commit',
      // A deleted ref moves to the null commit: there is nothing to point at.
      head_sha: after !== null && !nullCommit.test(after) ? after : null,
      title: message === null ? null : (message.split(/\r?\n/, 1)[0] ?? null),
      html_url: stringAt(headCommit, 'url') ?? stringAt(payload, 'compare'),
      ref,
      branch: branchOf(ref),
    };
  }
  return noSubject;
}

/** The facts of a parsed payload (a JSON object) of `event`. */
export function deliveryFacts(event: string, payload: unknown): DeliveryFacts {
  const root = payload !== null && typeof payload === 'object' ? (payload as Json) : {};
  const comment = objectAt(root, 'comment');
  const review = objectAt(root, 'review');
  const written = comment ?? review;
  return {
    labelName: stringAt(objectAt(root, 'label'), 'name'),
    body: stringAt(written, 'body'),
    association:
      stringAt(written, 'author_association') ??
      stringAt(objectAt(root, 'issue'), 'author_association') ??
      stringAt(objectAt(root, 'pull_request'), 'author_association'),
    subject: subjectOf(event, root),
  };
}
