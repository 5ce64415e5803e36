import { router } from '../trpc.js';

/** runs.cancel, runs.watchEvents (SPEC §6). */
export const runsLiveRouter = router({});
