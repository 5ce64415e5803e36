import * as grpc from '@grpc/grpc-js';
import { TRPCError } from '@trpc/server';
import { principalFromStaffUser } from '../../auth/staff-user.js';
import { isControlPlaneUnavailable, isGrpcServiceError } from '../../control-plane/errors.js';
import { router, staffProcedure } from '../trpc.js';

/**
 * auth.me (SPEC §6): the signed-in user as the control-plane stores it now, not as the token
 * remembers it: flags changed since sign-in show at once, and a deleted user is signed out
 * (UNAUTHORIZED, which the SPA treats as "sign in again"). While the control-plane does not
 * answer, the still-valid session answers for itself, so the console can say the platform is
 * down instead of failing to open; nothing else answers then, and the check resumes with it.
 */
export const authRouter = router({
  me: staffProcedure.query(async ({ ctx }) => {
    try {
      const response = await ctx.call('getSignedInUser', {});
      return principalFromStaffUser(response.user);
    } catch (error) {
      if (isGrpcServiceError(error) && error.code === grpc.status.NOT_FOUND)
        throw new TRPCError({ code: 'UNAUTHORIZED', message: 'the signed-in user no longer exists' });
      if (isControlPlaneUnavailable(error)) return ctx.principal;
      throw error;
    }
  }),
});
