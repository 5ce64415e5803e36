/**
 * Where a run's state is reported on GitHub (SPEC §13): a commit status when the delivery names a
 * commit (push `after`, pull request `head.sha`), otherwise one comment on the issue or pull request.
 * A run reports only when its repository is bound to a project (the token is the repository's) and
 * it is about a commit, an issue or a pull request. Read leniently from the stored run payload.
 */
export type ReportTarget =
  | { kind: 'commit_status'; owner: string; repo: string; sha: string }
  | { kind: 'comment'; owner: string; repo: string; number: number };

export type ReportTargetKind = ReportTarget['kind'];

type Json = Record<string, unknown>;

const objectAt = (value: unknown, key: string): Json | null => {
  if (typeof value !== 'object' || value === null) return null;
  const field = (value as Json)[key];
  return typeof field === 'object' && field !== null && !Array.isArray(field) ? (field as Json) : null;
};

const stringAt = (value: Json | null, key: string): string | null => {
  const field = value?.[key];
  return typeof field === 'string' && field.trim() !== '' ? field : null;
};

const fullSha = /^[0-9a-f]{40}$/i;

/** The target of a run payload (SPEC §4, §11 fields `repository`, `project`, `subject`), or null: nothing to report. */
export function reportTargetOf(payload: unknown): ReportTarget | null {
  if (stringAt(objectAt(payload, 'project'), 'repository_id') === null) return null;
  const fullName = stringAt(objectAt(payload, 'repository'), 'full_name');
  const slash = fullName?.indexOf('/') ?? -1;
  if (fullName === null || slash <= 0 || slash === fullName.length - 1) return null;
  const owner = fullName.slice(0, slash);
  const repo = fullName.slice(slash + 1);
  const subject = objectAt(payload, 'subject');
  const sha = stringAt(subject, 'head_sha');
  if (sha !== null && fullSha.test(sha)) return { kind: 'commit_status', owner, repo, sha };
  const kind = stringAt(subject, 'kind');
  const number = subject?.['number'];
  if (
    (kind === 'issue' || kind === 'pull_request') &&
    typeof number === 'number' &&
    Number.isSafeInteger(number) &&
    number > 0
  )
    return { kind: 'comment', owner, repo, number };
  return null;
}
