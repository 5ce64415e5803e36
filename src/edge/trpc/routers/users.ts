import { router } from '../trpc.js';

/** users.list, users.create, users.delete (SPEC §6). */
export const usersRouter = router({});
