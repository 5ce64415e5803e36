/**
 * What a staff use-case knows about the call it serves: who asked (the user id from the
 * principal, re-read from the database by the policy) and the request's correlation id, which
 * goes into the audit payload so a log line and an audit entry can be matched.
 */
export interface StaffCall {
  actorUserId: string;
  /**
   * Whether the caller's token says platform admin (or owner). Never trusted: the policy decides on
   * the user as stored. Only a hint for reads that fetch the caller and the data in one round trip,
   * so they can guess which data to fetch.
   */
  claimsPlatformAdmin: boolean;
  requestId: string;
  /** Best-effort side effects (webhook removal) report their failures here instead of failing the call. */
  warn(details: Record<string, unknown>, message: string): void;
}
