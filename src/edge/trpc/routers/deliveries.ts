import { z } from 'zod';
import { deliveryOutcomes } from '../../../shared/contract/delivery-outcome.js';
import { id, listInput, orEmpty } from '../inputs.js';
import { deliveryJson, pageJson } from '../mappers.js';
import { router, staffProcedure } from '../trpc.js';

const outcome = z.enum(deliveryOutcomes, { error: `must be one of ${deliveryOutcomes.join(', ')}` });

/** deliveries.list (SPEC §11): newest first. Access is decided by the control-plane. */
export const deliveriesRouter = router({
  list: staffProcedure
    .input(z.object({ ...listInput, projectId: orEmpty(id()), outcome: orEmpty(outcome) }))
    .query(async ({ ctx, input }) => pageJson(await ctx.call('listDeliveries', input), deliveryJson)),
});
