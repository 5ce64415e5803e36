import { router, staffProcedure } from '../trpc.js';

/** auth.me (SPEC §6): the principal as the session token (or trusted proxy) states it. */
export const authRouter = router({
  me: staffProcedure.query(({ ctx }) => ({
    userId: ctx.principal.userId,
    email: ctx.principal.email,
    githubLogin: ctx.principal.githubLogin,
    isPlatformAdmin: ctx.principal.isPlatformAdmin,
    isPlatformOwner: ctx.principal.isPlatformOwner,
  })),
});
