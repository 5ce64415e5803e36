import { router } from './trpc.js';
import { systemRouter } from './routers/system.js';

/** The staff API. One router file per feature under routers/. */
export const appRouter = router({
  system: systemRouter,
});

/** The only thing the SPA imports from the edge (as a type). */
export type AppRouter = typeof appRouter;
