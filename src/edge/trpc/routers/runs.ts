import { router } from '../trpc.js';

/** runs.list, runs.get, runs.events, runs.learningFeedback (SPEC §6). */
export const runsRouter = router({});
