import * as grpc from '@grpc/grpc-js';
import { errorDetailsMetadataKey, errorReasonMetadataKey } from '../../shared/grpc/metadata-keys.js';
import { DomainError, type DomainErrorKind } from '../domain/errors.js';

const statusByKind: Record<DomainErrorKind, grpc.status> = {
  invalid_argument: grpc.status.INVALID_ARGUMENT,
  not_found: grpc.status.NOT_FOUND,
  permission_denied: grpc.status.PERMISSION_DENIED,
  conflict: grpc.status.ALREADY_EXISTS,
  failed_precondition: grpc.status.FAILED_PRECONDITION,
  unavailable: grpc.status.UNAVAILABLE,
};

/**
 * The one mapping from domain refusals to gRPC statuses; anything else is INTERNAL without details.
 * A refusal's reason and details travel in trailing metadata (see shared/contract/error-reasons.ts).
 */
export function toGrpcError(error: unknown): Partial<grpc.StatusObject> & { code: grpc.status } {
  if (!(error instanceof DomainError)) return { code: grpc.status.INTERNAL, details: 'internal error' };
  const status = { code: statusByKind[error.kind], details: error.message };
  if (!error.refusal) return status;
  const metadata = new grpc.Metadata();
  metadata.set(errorReasonMetadataKey, error.refusal.reason);
  metadata.set(errorDetailsMetadataKey, JSON.stringify(error.refusal.details));
  return { ...status, metadata };
}
