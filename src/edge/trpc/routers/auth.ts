import { router } from '../trpc.js';

/** auth.me (SPEC §6). */
export const authRouter = router({});
