import { mergeRouters, router } from './trpc.js';
import { auditRouter } from './routers/audit.js';
import { authRouter } from './routers/auth.js';
import { deliveriesRouter } from './routers/deliveries.js';
import { membersRouter } from './routers/members.js';
import { projectsRouter } from './routers/projects.js';
import { repositoriesRouter } from './routers/repositories.js';
import { runLogsRouter } from './routers/run-logs.js';
import { runsRouter } from './routers/runs.js';
import { systemRouter } from './routers/system.js';
import { usersRouter } from './routers/users.js';

/** The staff API (SPEC §6). One router file per feature under routers/. */
export const appRouter = router({
  system: systemRouter,
  auth: authRouter,
  projects: projectsRouter,
  // runs.* (runs.ts), with runs.logs/watchLogs of the run-logs feature (run-logs.ts).
  runs: mergeRouters(runsRouter, runLogsRouter),
  users: usersRouter,
  members: membersRouter,
  repositories: repositoriesRouter,
  deliveries: deliveriesRouter,
  audit: auditRouter,
});

/** The only thing the SPA imports from the edge (as a type). */
export type AppRouter = typeof appRouter;
