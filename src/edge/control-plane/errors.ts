import * as grpc from '@grpc/grpc-js';
import { TRPCError } from '@trpc/server';
import { type TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import {
  isErrorReason,
  isUpstreamFailure,
  type ReasonedRefusal,
} from '../../shared/contract/error-reasons.js';
import { errorDetailsMetadataKey, errorReasonMetadataKey } from '../../shared/grpc/metadata-keys.js';

/**
 * The one place where control-plane gRPC statuses become tRPC and HTTP errors. The control-plane's
 * `details` are meant for people (they name the field or the rule), so they pass through; internal
 * failures do not leak their details.
 */
const trpcCodeByGrpcStatus: Partial<Record<grpc.status, TRPC_ERROR_CODE_KEY>> = {
  [grpc.status.INVALID_ARGUMENT]: 'BAD_REQUEST',
  [grpc.status.OUT_OF_RANGE]: 'BAD_REQUEST',
  [grpc.status.NOT_FOUND]: 'NOT_FOUND',
  [grpc.status.ALREADY_EXISTS]: 'CONFLICT',
  [grpc.status.ABORTED]: 'CONFLICT',
  [grpc.status.PERMISSION_DENIED]: 'FORBIDDEN',
  [grpc.status.UNAUTHENTICATED]: 'UNAUTHORIZED',
  [grpc.status.FAILED_PRECONDITION]: 'PRECONDITION_FAILED',
  [grpc.status.RESOURCE_EXHAUSTED]: 'TOO_MANY_REQUESTS',
  [grpc.status.UNAVAILABLE]: 'SERVICE_UNAVAILABLE',
  [grpc.status.DEADLINE_EXCEEDED]: 'SERVICE_UNAVAILABLE',
  [grpc.status.CANCELLED]: 'CLIENT_CLOSED_REQUEST',
  [grpc.status.UNIMPLEMENTED]: 'NOT_IMPLEMENTED',
};

const httpStatusByGrpcStatus: Partial<Record<grpc.status, number>> = {
  [grpc.status.INVALID_ARGUMENT]: 400,
  [grpc.status.OUT_OF_RANGE]: 400,
  [grpc.status.NOT_FOUND]: 404,
  [grpc.status.ALREADY_EXISTS]: 409,
  [grpc.status.ABORTED]: 409,
  [grpc.status.PERMISSION_DENIED]: 403,
  [grpc.status.UNAUTHENTICATED]: 401,
  [grpc.status.FAILED_PRECONDITION]: 412,
  [grpc.status.RESOURCE_EXHAUSTED]: 429,
  [grpc.status.UNAVAILABLE]: 503,
  [grpc.status.DEADLINE_EXCEEDED]: 503,
  [grpc.status.UNIMPLEMENTED]: 501,
};

export function isGrpcServiceError(error: unknown): error is grpc.ServiceError {
  return (
    error instanceof Error &&
    typeof (error as Partial<grpc.ServiceError>).code === 'number' &&
    'metadata' in error
  );
}

function firstText(metadata: grpc.Metadata | undefined, key: string): string | null {
  const [value] = metadata?.get(key) ?? [];
  return typeof value === 'string' ? value : null;
}

/**
 * The refusal's reason and details the control-plane sent in trailing metadata, or null. Unknown
 * reasons (a newer control-plane) and details that are not a JSON object are dropped.
 */
export function refusalOf(error: unknown): ReasonedRefusal | null {
  if (!isGrpcServiceError(error)) return null;
  const reason = firstText(error.metadata, errorReasonMetadataKey);
  if (!isErrorReason(reason)) return null;
  let details: unknown = {};
  try {
    details = JSON.parse(firstText(error.metadata, errorDetailsMetadataKey) ?? '{}');
  } catch {
    details = {};
  }
  const safeDetails =
    details !== null && typeof details === 'object' && !Array.isArray(details) ? details : {};
  return { reason, details: safeDetails } as ReasonedRefusal;
}

/** A dependency of the control-plane (GitHub) failed: the control-plane itself answered. */
function isUpstreamRefusal(error: grpc.ServiceError): boolean {
  const refusal = refusalOf(error);
  return refusal !== null && isUpstreamFailure(refusal.reason);
}

/**
 * The control-plane could not be reached or did not answer in time: retryable by the caller. A
 * refusal with a reason is the control-plane's own answer (e.g. GitHub failed), never this.
 */
export function isControlPlaneUnavailable(error: unknown): boolean {
  return (
    isGrpcServiceError(error) &&
    (error.code === grpc.status.UNAVAILABLE || error.code === grpc.status.DEADLINE_EXCEEDED) &&
    refusalOf(error) === null
  );
}

function publicMessage(error: grpc.ServiceError): string {
  if (isControlPlaneUnavailable(error)) return 'the control-plane is unavailable, try again shortly';
  const code = trpcCodeByGrpcStatus[error.code];
  if (!code || error.code === grpc.status.UNAUTHENTICATED) return 'internal error';
  return error.details || code.toLowerCase().replaceAll('_', ' ');
}

export function grpcErrorToHttpStatus(error: unknown): number {
  if (!isGrpcServiceError(error)) return 500;
  if (isUpstreamRefusal(error)) return 502;
  return httpStatusByGrpcStatus[error.code] ?? 500;
}

export function grpcErrorToTrpcError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  if (!isGrpcServiceError(error))
    return new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'internal error', cause: error });
  // UNAUTHENTICATED from the control-plane means the internal token is wrong: an operator problem, not the user's.
  // GitHub failing is a bad gateway, not "the platform is unavailable".
  const code =
    error.code === grpc.status.UNAUTHENTICATED
      ? 'INTERNAL_SERVER_ERROR'
      : isUpstreamRefusal(error)
        ? 'BAD_GATEWAY'
        : (trpcCodeByGrpcStatus[error.code] ?? 'INTERNAL_SERVER_ERROR');
  return new TRPCError({ code, message: publicMessage(error), cause: error });
}
