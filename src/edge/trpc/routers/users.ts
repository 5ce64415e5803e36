import { z } from 'zod';
import { email, id, listInput } from '../inputs.js';
import { pageJson, staffUserJson } from '../mappers.js';
import { router, staffProcedure } from '../trpc.js';

/** users.list, users.create, users.delete (SPEC §6). Access is decided by the control-plane. */
export const usersRouter = router({
  list: staffProcedure
    .input(z.object(listInput))
    .query(async ({ ctx, input }) => pageJson(await ctx.call('listUsers', input), staffUserJson)),
  create: staffProcedure
    .input(
      z.object({
        email: email(),
        isPlatformAdmin: z.boolean({ error: 'must be true or false' }).default(false),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const response = await ctx.call('createUser', input);
      return { user: staffUserJson(response.user), created: response.created };
    }),
  delete: staffProcedure.input(z.object({ userId: id() })).mutation(async ({ ctx, input }) => {
    await ctx.call('deleteUser', input);
    return { deleted: true };
  }),
});
