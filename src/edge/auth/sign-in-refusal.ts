/**
 * Codes of `/login?error=<code>`. The first four are the ones SPEC §5 / the SPA explain;
 * `access_denied` (the user said no on GitHub) and `unavailable` (the control-plane did not
 * answer) fall back to the SPA's generic "try again" message.
 */
export type SignInRefusalCode =
  | 'not_allowed'
  | 'no_verified_email'
  | 'state_mismatch'
  | 'github_unavailable'
  | 'access_denied'
  | 'unavailable';

export class SignInRefusal extends Error {
  override name = 'SignInRefusal';
  constructor(
    readonly code: SignInRefusalCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
