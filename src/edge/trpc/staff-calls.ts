import {
  type ControlPlaneMethodName,
  type ControlPlaneMethods,
  type ServerStreamingMethodName,
  type UnaryMethodName,
} from '../../shared/proto/index.js';
import { type ControlPlaneClient } from '../control-plane/client.js';
import { type StaffPrincipal } from './context.js';

/** The control-plane methods a staff procedure calls: those whose request carries the caller's principal. */
type StaffMethodName = {
  [K in ControlPlaneMethodName]: 'principal' extends keyof ControlPlaneMethods[K]['requestInit'] ? K : never;
}[ControlPlaneMethodName];

/** A staff method's request without the principal, which the call context adds. */
export type StaffRequest<K extends ControlPlaneMethodName> = Omit<
  ControlPlaneMethods[K]['requestInit'],
  'principal'
>;

/**
 * The control-plane as one signed-in caller reaches it: every call carries the caller's principal
 * (the control-plane decides access from it) and the request's correlation id. staffProcedure puts
 * these on the context, so no router passes either.
 */
export interface StaffCalls {
  call<K extends StaffMethodName & UnaryMethodName>(
    method: K,
    request: StaffRequest<K>,
    /** A deadline other than CODEXK8S_CONTROL_PLANE_DEADLINE, for calls that wait on GitHub. */
    options?: { deadlineMs?: number },
  ): Promise<ControlPlaneMethods[K]['response']>;
  /** A server stream, cancelled when `signal` aborts. */
  stream<K extends StaffMethodName & ServerStreamingMethodName>(
    method: K,
    request: StaffRequest<K>,
    signal: AbortSignal,
  ): AsyncGenerator<ControlPlaneMethods[K]['response']>;
}

export function staffCalls(
  controlPlane: ControlPlaneClient,
  principal: StaffPrincipal,
  correlationId: string,
): StaffCalls {
  // The one place a request gets its principal: `request` is the method's request without it.
  const asCaller = <K extends ControlPlaneMethodName>(request: StaffRequest<K>) =>
    ({ ...request, principal }) as ControlPlaneMethods[K]['requestInit'];
  return {
    call: (method, request, options) =>
      controlPlane.call(method, asCaller(request), { correlationId, ...options }),
    stream: (method, request, signal) =>
      controlPlane.stream(method, asCaller(request), { correlationId, signal }),
  };
}
