/**
 * Why the platform refused a call: a stable code and safe details the console translates (issue 21).
 * The control-plane sends them in gRPC trailing metadata (`errorReasonMetadataKey`,
 * `errorDetailsMetadataKey`); the edge puts them in the tRPC error's `data.reason` / `data.details`.
 * The error's message stays for logs and API clients; a console shows its own text for a known reason.
 * Details never carry a secret (no token, no GitHub answer body), only what the text needs.
 */
export interface ErrorReasonDetails {
  /** A field of the input is malformed; the message says how. */
  invalid_field: { field: string };

  /** The signed-in user was deleted or lost every right since the token was issued. */
  user_revoked: Record<string, never>;
  platform_admin_only: Record<string, never>;
  platform_owner_only: Record<string, never>;
  not_a_member: Record<string, never>;
  read_only_member: Record<string, never>;
  project_admin_only: Record<string, never>;
  /** Runs without a project are platform admins' only. */
  unbound_run_admin_only: Record<string, never>;
  /** A live stream ended because its caller lost access. */
  access_revoked: Record<string, never>;
  self_delete: Record<string, never>;
  /** The platform owner cannot be deleted, removed from a project or lose the admin flag. */
  owner_protected: Record<string, never>;
  /** Only the platform owner may delete another admin or take its admin flag. */
  admin_protected: Record<string, never>;

  project_not_found: Record<string, never>;
  run_not_found: Record<string, never>;
  /** No allowlisted user has this id or email (users.*, members.upsert). */
  user_not_found: Record<string, never>;
  member_not_found: Record<string, never>;
  repository_not_found: Record<string, never>;

  /** projects.create: another project has this slug. */
  slug_taken: { slug: string };
  /** The GitHub repository is attached to another project. */
  repository_taken: Record<string, never>;
  /** This project has another repository of that owner/name. */
  repository_name_taken: Record<string, never>;

  /** runs.cancel on a finished run. */
  not_cancelable: { status: string };
  /** An action on a finished run only (e.g. rerun) asked of one that is not. */
  not_finished: { status: string };

  /** GitHub refused the token (401). */
  github_token_rejected: { status: number };
  /** GitHub refused access to the repository with this token (403). */
  github_access_denied: { status: number };
  /** GitHub does not know the repository, or the token cannot see it (404). */
  github_repository_not_found: { status: number };
  /** The token cannot manage the repository's webhooks (404 on the hooks). */
  github_hook_permission: { status: number };
  /** GitHub refused the webhook (422). */
  github_webhook_refused: { status: number };
  /** GitHub answered something else the platform cannot act on (5xx, 429, …): try again later. */
  github_refused: { status: number };
  /** GitHub could not be reached (network, timeout). */
  github_unreachable: Record<string, never>;

  /** The edge could not reach the control-plane, or it did not answer in time. */
  control_plane_unavailable: Record<string, never>;
}

export type ErrorReason = keyof ErrorReasonDetails;

/** A reason with its details, as the control-plane sends and the edge answers it. */
export type ReasonedRefusal = {
  [R in ErrorReason]: { reason: R; details: ErrorReasonDetails[R] };
}[ErrorReason];

const reasonSet: Record<ErrorReason, true> = {
  invalid_field: true,
  user_revoked: true,
  platform_admin_only: true,
  platform_owner_only: true,
  not_a_member: true,
  read_only_member: true,
  project_admin_only: true,
  unbound_run_admin_only: true,
  access_revoked: true,
  self_delete: true,
  owner_protected: true,
  admin_protected: true,
  project_not_found: true,
  run_not_found: true,
  user_not_found: true,
  member_not_found: true,
  repository_not_found: true,
  slug_taken: true,
  repository_taken: true,
  repository_name_taken: true,
  not_cancelable: true,
  not_finished: true,
  github_token_rejected: true,
  github_access_denied: true,
  github_repository_not_found: true,
  github_hook_permission: true,
  github_webhook_refused: true,
  github_refused: true,
  github_unreachable: true,
  control_plane_unavailable: true,
};

/** Every reason code, for a console's translation table and for tests that it is complete. */
export const errorReasons = Object.keys(reasonSet) as ErrorReason[];

export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && Object.hasOwn(reasonSet, value);
}

/**
 * GitHub failed (answered an error the platform cannot act on, or could not be reached): the edge
 * answers these BAD_GATEWAY (502), never "the platform is unavailable". GitHub refusals that are
 * the caller's to fix (token, permissions, unknown repository) keep BAD_REQUEST / NOT_FOUND.
 */
export function isUpstreamFailure(reason: ErrorReason): boolean {
  return reason === 'github_refused' || reason === 'github_unreachable';
}

/** Builds a reason with its details, typed by the reason. */
export function refusalReason<R extends ErrorReason>(
  reason: R,
  details: ErrorReasonDetails[R],
): ReasonedRefusal {
  return { reason, details } as ReasonedRefusal;
}
