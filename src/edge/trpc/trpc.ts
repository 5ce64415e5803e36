import { initTRPC, TRPCError } from '@trpc/server';
import { z, ZodError } from 'zod';
import { nulCharacterMessage, pathOfNulCharacter } from '../../shared/text/nul-character.js';
import { type ErrorReason } from '../../shared/contract/error-reasons.js';
import {
  grpcErrorToTrpcError,
  isControlPlaneUnavailable,
  isGrpcServiceError,
  refusalOf,
} from '../control-plane/errors.js';
import { type TrpcContext } from './context.js';
import { staffCalls } from './staff-calls.js';

function describeZodError(error: ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : 'input'}: ${issue.message}`)
    .join('; ');
}

/**
 * The stable reason of a refusal and its safe details (src/shared/contract/error-reasons.ts): what
 * the control-plane sent, or `control_plane_unavailable` when it could not be reached.
 */
function reasonOf(cause: unknown): { reason: ErrorReason; details: Record<string, unknown> } | null {
  if (isControlPlaneUnavailable(cause)) return { reason: 'control_plane_unavailable', details: {} };
  return refusalOf(cause);
}

const t = initTRPC.context<TrpcContext>().create({
  // Validation errors name the field in the message itself, so any client can show it as is; a
  // refusal's reason code and details let a console say it in the reader's language.
  errorFormatter({ shape, error }) {
    const zodError = error.cause instanceof ZodError ? error.cause : null;
    const firstField = zodError?.issues[0]?.path.map(String).join('.');
    const refusal = firstField
      ? { reason: 'invalid_field' as const, details: { field: firstField } }
      : reasonOf(error.cause);
    return {
      ...shape,
      message: zodError ? describeZodError(zodError) : shape.message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        fieldErrors: zodError
          ? zodError.issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }))
          : undefined,
        reason: refusal?.reason,
        details: refusal?.details,
      },
    };
  },
});

export const router = t.router;
export const middleware = t.middleware;
export const mergeRouters = t.mergeRouters;

/** Turns control-plane gRPC failures into tRPC errors (the one mapping lives in control-plane/errors.ts). */
const mapControlPlaneErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isGrpcServiceError(result.error.cause)) throw grpcErrorToTrpcError(result.error.cause);
  return result;
});

/** Any input holding a string with U+0000 fails, as a zod issue at that string's path. */
const withoutNulCharacters = z.unknown().superRefine((input, ctx) => {
  const path = pathOfNulCharacter(input);
  if (path !== undefined) ctx.addIssue({ code: 'custom', path, message: nulCharacterMessage });
});

/**
 * Every text input, whatever its schema: a string holding U+0000 is refused BAD_REQUEST naming its
 * field, before the input is parsed and long before PostgreSQL would refuse it.
 */
const refuseNulCharacters = t.middleware(async ({ getRawInput, next }) => {
  const checked = withoutNulCharacters.safeParse(await getRawInput());
  if (!checked.success) throw new TRPCError({ code: 'BAD_REQUEST', cause: checked.error });
  return next();
});

const baseProcedure = t.procedure.use(mapControlPlaneErrors);

export const publicProcedure = baseProcedure.use(refuseNulCharacters);

/**
 * Signed-in staff only: the context's session (from the JWT cookie, Bearer header or trusted
 * proxy), and `ctx.call` / `ctx.stream`, the control-plane as this caller (see staff-calls.ts).
 */
export const staffProcedure = baseProcedure
  .use(({ ctx, next }) => {
    if (!ctx.session) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'sign in first' });
    const { principal } = ctx.session;
    // tRPC merges this into the context; naming session and principal narrows their types to non-null.
    return next({
      ctx: { session: ctx.session, principal, ...staffCalls(ctx.controlPlane, principal, ctx.correlationId) },
    });
  })
  .use(refuseNulCharacters);
