import { z } from 'zod';
import { email, id, listInput } from '../inputs.js';
import { pageJson, staffUserJson } from '../mappers.js';
import { router, staffProcedure } from '../trpc.js';

/**
 * users.list, users.create, users.delete (SPEC §6) and users.search (issue 21: the member picker).
 * Access is decided by the control-plane.
 */
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
  /** Users whose email or GitHub login starts with `query` (case-insensitive), by email. Platform admins. */
  search: staffProcedure
    .input(
      z.object({
        query: z.string({ error: 'must be a string' }).trim().max(320, 'must be at most 320 characters'),
        limit: z
          .number({ error: 'must be a number' })
          .int('must be an integer')
          .min(1, 'must be at least 1')
          .max(50, 'must be at most 50')
          .default(20),
      }),
    )
    .query(async ({ ctx, input }) => ({
      items: ((await ctx.call('searchUsers', input)).items ?? []).map(staffUserJson),
    })),
  delete: staffProcedure.input(z.object({ userId: id() })).mutation(async ({ ctx, input }) => {
    await ctx.call('deleteUser', input);
    return { deleted: true };
  }),
});
