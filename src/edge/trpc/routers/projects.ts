import { router } from '../trpc.js';

/** projects.list, projects.get, projects.upsert, projects.delete (SPEC §6). */
export const projectsRouter = router({});
