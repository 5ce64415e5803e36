/**
 * A run's context (issue 21): why it started and what it is about, with links to GitHub, read from
 * what the store keeps of the run payload (SPEC §11's `trigger`, `instruction`, `subject`, and the
 * repository's and sender's `html_url` of GitHub's payload). Read leniently: a field of an
 * unexpected type (a run from before triggers, a hand-made payload) counts as absent.
 */

export type SubjectKind = 'issue' | 'pull_request' | 'commit' | 'none';

export interface RunContext {
  /** What started the run: the label, the command or `event.action`; null for runs from before triggers. */
  trigger: { kind: 'label' | 'command' | 'event'; value: string } | null;
  /** The rest of the command's line. */
  instruction: string | null;
  subject: { kind: SubjectKind; number: number | null; title: string | null };
  branch: string | null;
  headSha: string | null;
  /** Links to GitHub (http or https only); null when the payload does not give one. */
  links: {
    repository: string | null;
    subject: string | null;
    branch: string | null;
    commit: string | null;
    sender: string | null;
  };
}

/** What the store reads per run: the generated trigger columns and `run_context` (see the migration of issue 21). */
export interface StoredRunContext {
  triggerKind: string;
  triggerValue: string;
  /** `{subject, instruction, repository_url, sender_url}` as stored; anything else reads as empty. */
  context: unknown;
}

type Json = Record<string, unknown>;

const objectOf = (value: unknown): Json | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : null;
const textOf = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const numberOf = (value: unknown): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
/** Only web links: a payload could carry `javascript:` where a URL is expected. */
const urlOf = (value: unknown): string | null => {
  const text = textOf(value);
  return text !== null && /^https?:\/\/[^\s]+$/i.test(text) ? text : null;
};

const triggerKinds = new Set(['label', 'command', 'event']);
const subjectKinds = new Set<SubjectKind>(['issue', 'pull_request', 'commit', 'none']);
const shaPattern = /^[0-9a-f]{7,64}$/i;

/** A branch name in a URL path: each segment escaped, the slashes kept (`feature/x` → `feature/x`). */
const branchPath = (branch: string) => branch.split('/').map(encodeURIComponent).join('/');

export function runContextOf(stored: StoredRunContext): RunContext {
  const context = objectOf(stored.context) ?? {};
  const subject = objectOf(context.subject) ?? {};
  const kind = textOf(subject.kind);
  const subjectKind: SubjectKind =
    kind !== null && subjectKinds.has(kind as SubjectKind) ? (kind as SubjectKind) : 'none';
  const branch = textOf(subject.branch);
  const rawSha = textOf(subject.head_sha);
  const headSha = rawSha !== null && shaPattern.test(rawSha) ? rawSha : null;
  const repository = urlOf(context.repository_url);
  const trigger =
    triggerKinds.has(stored.triggerKind) && stored.triggerValue !== ''
      ? { kind: stored.triggerKind as 'label' | 'command' | 'event', value: stored.triggerValue }
      : null;
  return {
    trigger,
    instruction: textOf(context.instruction),
    subject: { kind: subjectKind, number: numberOf(subject.number), title: textOf(subject.title) },
    branch,
    headSha,
    links: {
      repository,
      subject: urlOf(subject.html_url),
      branch: repository && branch ? `${repository}/tree/${branchPath(branch)}` : null,
      commit: repository && headSha ? `${repository}/commit/${headSha}` : null,
      sender: urlOf(context.sender_url),
    },
  };
}

/** The context of a run whose payload says nothing (tests, runs the store has no context for). */
export const emptyRunContext: RunContext = runContextOf({ triggerKind: '', triggerValue: '', context: null });
