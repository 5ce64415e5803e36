import { z } from 'zod';
import { id, listInput } from '../inputs.js';
import { deliveryJson, pageJson } from '../mappers.js';
import { router, staffProcedure } from '../trpc.js';

const outcome = z.enum(['run', 'ignored'], { error: 'must be one of run, ignored' });

/** deliveries.list (SPEC §11): newest first. Access is decided by the control-plane. */
export const deliveriesRouter = router({
  list: staffProcedure
    .input(z.object({ ...listInput, projectId: id().nullish(), outcome: outcome.nullish() }))
    .query(async ({ ctx, input }) => {
      const response = await ctx.controlPlane.call(
        'listDeliveries',
        {
          principal: ctx.principal,
          limit: input.limit,
          cursor: input.cursor ?? '',
          projectId: input.projectId ?? '',
          outcome: input.outcome ?? '',
        },
        { correlationId: ctx.correlationId },
      );
      return pageJson(response, deliveryJson);
    }),
});
