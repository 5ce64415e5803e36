import { router } from '../trpc.js';

/** members.list, members.upsert, members.delete, members.setLearningModeOverride (SPEC §6). */
export const membersRouter = router({});
