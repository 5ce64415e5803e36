import { router } from '../trpc.js';

/** repositories.list, repositories.upsert, repositories.delete (SPEC §6). */
export const repositoriesRouter = router({});
