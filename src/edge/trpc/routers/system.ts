import { publicProcedure, router } from '../trpc.js';

export const systemRouter = router({
  /** Whether the control-plane answers; the SPA uses it for a banner when it does not. */
  status: publicProcedure.query(async ({ ctx }) => ({
    controlPlaneServing: await ctx.controlPlane.isServing(),
  })),
  /** Which sign-in buttons the SPA shows before anyone is signed in (GitHub OAuth, local dev login). */
  signInOptions: publicProcedure.query(({ ctx }) => ({
    githubLogin: ctx.signInOptions.githubLogin,
    devLogin: ctx.signInOptions.devLogin,
  })),
});
