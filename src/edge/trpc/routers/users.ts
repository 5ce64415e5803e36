import { z } from 'zod';
import { email, id, listInput } from '../inputs.js';
import { pageJson, staffUserJson } from '../mappers.js';
import { router, staffProcedure } from '../trpc.js';

/** users.list, users.create, users.delete (SPEC §6). Access is decided by the control-plane. */
export const usersRouter = router({
  list: staffProcedure.input(z.object(listInput)).query(async ({ ctx, input }) => {
    const response = await ctx.controlPlane.call(
      'listUsers',
      { principal: ctx.principal, limit: input.limit, cursor: input.cursor ?? '' },
      { correlationId: ctx.correlationId },
    );
    return pageJson(response, staffUserJson);
  }),
  create: staffProcedure
    .input(
      z.object({
        email: email(),
        isPlatformAdmin: z.boolean({ error: 'must be true or false' }).default(false),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const response = await ctx.controlPlane.call(
        'createUser',
        { principal: ctx.principal, email: input.email, isPlatformAdmin: input.isPlatformAdmin },
        { correlationId: ctx.correlationId },
      );
      return { user: staffUserJson(response.user), created: response.created };
    }),
  delete: staffProcedure.input(z.object({ userId: id() })).mutation(async ({ ctx, input }) => {
    await ctx.controlPlane.call(
      'deleteUser',
      { principal: ctx.principal, userId: input.userId },
      { correlationId: ctx.correlationId },
    );
    return { deleted: true };
  }),
});
