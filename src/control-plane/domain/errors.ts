import {
  type ErrorReason,
  type ErrorReasonDetails,
  type ReasonedRefusal,
  refusalReason,
} from '../../shared/contract/error-reasons.js';

/**
 * Domain refusals. Use-cases throw these; the gRPC layer maps each kind to one status code
 * (grpc/errors.ts). Messages are for people: they name the field or the rule that refused. A
 * refusal may carry a stable reason code with safe details (src/shared/contract/error-reasons.ts)
 * that consoles translate; the gRPC layer sends it in trailing metadata.
 */
export type DomainErrorKind =
  'invalid_argument' | 'not_found' | 'permission_denied' | 'conflict' | 'failed_precondition' | 'unavailable';

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly refusal: ReasonedRefusal | null = null,
  ) {
    super(message);
  }

  get reason(): ErrorReason | null {
    return this.refusal?.reason ?? null;
  }
}

/** A reason with its details, typed by the reason (shorthand for the factories below). */
export const because = <R extends ErrorReason>(reason: R, ...details: DetailsArgument<R>): ReasonedRefusal =>
  refusalReason(reason, (details[0] ?? {}) as ErrorReasonDetails[R]);

/** Reasons without details take none. */
type DetailsArgument<R extends ErrorReason> =
  ErrorReasonDetails[R] extends Record<string, never> ? [] : [ErrorReasonDetails[R]];

/** `field: what is wrong` names its field: such a message carries the reason `invalid_field`. */
const fieldOfMessage = (message: string): string | null => /^([A-Za-z][\w.]*): /.exec(message)?.[1] ?? null;

export const invalidArgument = (message: string, refusal?: ReasonedRefusal) => {
  const field = refusal ? null : fieldOfMessage(message);
  return new DomainError(
    'invalid_argument',
    message,
    refusal ?? (field ? because('invalid_field', { field }) : null),
  );
};
export const notFound = (message: string, refusal?: ReasonedRefusal) =>
  new DomainError('not_found', message, refusal);
export const permissionDenied = (message: string, refusal?: ReasonedRefusal) =>
  new DomainError('permission_denied', message, refusal);
export const conflict = (message: string, refusal?: ReasonedRefusal) =>
  new DomainError('conflict', message, refusal);
export const failedPrecondition = (message: string, refusal?: ReasonedRefusal) =>
  new DomainError('failed_precondition', message, refusal);
/** A dependency outside the platform (GitHub, Kubernetes) failed; the caller may retry. */
export const unavailable = (message: string, refusal?: ReasonedRefusal) =>
  new DomainError('unavailable', message, refusal);
