import { mergeRouters, router } from './trpc.js';
import { authRouter } from './routers/auth.js';
import { deliveriesRouter } from './routers/deliveries.js';
import { membersRouter } from './routers/members.js';
import { projectsRouter } from './routers/projects.js';
import { repositoriesRouter } from './routers/repositories.js';
import { runLogsRouter } from './routers/run-logs.js';
import { runsLiveRouter } from './routers/runs-live.js';
import { runsRouter } from './routers/runs.js';
import { systemRouter } from './routers/system.js';
import { usersRouter } from './routers/users.js';

/** The staff API (SPEC §6). One router file per feature under routers/. */
export const appRouter = router({
  system: systemRouter,
  auth: authRouter,
  projects: projectsRouter,
  // runs.list/get/events/learningFeedback (runs.ts) + runs.cancel/watchEvents (runs-live.ts)
  // + runs.logs/watchLogs (run-logs.ts).
  runs: mergeRouters(runsRouter, runsLiveRouter, runLogsRouter),
  users: usersRouter,
  members: membersRouter,
  repositories: repositoriesRouter,
  deliveries: deliveriesRouter,
});

/** The only thing the SPA imports from the edge (as a type). */
export type AppRouter = typeof appRouter;
