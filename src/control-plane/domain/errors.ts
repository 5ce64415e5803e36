/**
 * Domain refusals. Use-cases throw these; the gRPC layer maps each kind to one status code
 * (grpc/errors.ts). Messages are for people: they name the field or the rule that refused.
 */
export type DomainErrorKind =
  'invalid_argument' | 'not_found' | 'permission_denied' | 'conflict' | 'failed_precondition' | 'unavailable';

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly kind: DomainErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export const invalidArgument = (message: string) => new DomainError('invalid_argument', message);
export const notFound = (message: string) => new DomainError('not_found', message);
export const permissionDenied = (message: string) => new DomainError('permission_denied', message);
export const conflict = (message: string) => new DomainError('conflict', message);
export const failedPrecondition = (message: string) => new DomainError('failed_precondition', message);
/** A dependency outside the platform (GitHub, Kubernetes) failed; the caller may retry. */
export const unavailable = (message: string) => new DomainError('unavailable', message);
