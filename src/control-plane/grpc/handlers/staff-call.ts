import { type v1 } from '../../../shared/proto/index.js';
import { type StaffCall } from '../../domain/staff/call.js';
import { type CallContext } from '../handler.js';

/** The staff use-case's view of a gRPC call: only the principal's user id is trusted (re-read by the policy); its admin flags are a hint. */
export function staffCall(principal: v1.IPrincipal | null | undefined, context: CallContext): StaffCall {
  return {
    actorUserId: principal?.userId ?? '',
    claimsPlatformAdmin: (principal?.isPlatformAdmin ?? false) || (principal?.isPlatformOwner ?? false),
    requestId: context.correlationId,
    warn: (details, message) => context.logger.warn(details, message),
  };
}
