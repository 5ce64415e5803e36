import { publicProcedure, router } from '../trpc.js';

export const systemRouter = router({
  /** Whether the control-plane answers; the SPA uses it for a banner when it does not. */
  status: publicProcedure.query(async ({ ctx }) => ({ controlPlaneServing: await ctx.controlPlane.isServing() })),
});
