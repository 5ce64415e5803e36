import { z } from 'zod';
import { boundedText, id, listInput, orEmpty } from '../inputs.js';
import { pageJson, repositoryJson } from '../mappers.js';
import { router, staffProcedure } from '../trpc.js';

/** A walk reads GitHub's delivery log page by page and fetches each missed delivery: longer than a read. */
const recoverDeliveriesDeadlineMs = 120_000;

/**
 * repositories.list, repositories.upsert, repositories.delete (SPEC §6) and
 * repositories.recoverDeliveries (SPEC §14). Access is decided by the control-plane.
 */
export const repositoriesRouter = router({
  list: staffProcedure
    .input(z.object({ projectId: id(), ...listInput }))
    .query(async ({ ctx, input }) =>
      pageJson(await ctx.call('listProjectRepositories', input), repositoryJson),
    ),
  upsert: staffProcedure
    .input(
      z.object({
        projectId: id(),
        provider: z.literal('github', { error: 'must be github' }),
        owner: boundedText(39).regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'a GitHub user or organization name'),
        name: boundedText(100).regex(/^[A-Za-z0-9._-]+$/, 'a GitHub repository name'),
        token: boundedText(1000).regex(/^\S+$/, 'must not contain spaces'),
        servicesYamlPath: orEmpty(z.string().trim().max(500, 'must be at most 500 characters')),
      }),
    )
    .mutation(async ({ ctx, input }) =>
      repositoryJson((await ctx.call('upsertProjectRepository', input)).repository),
    ),
  delete: staffProcedure
    .input(z.object({ projectId: id(), repositoryId: id() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.call('deleteProjectRepository', input);
      return { deleted: true };
    }),
  recoverDeliveries: staffProcedure
    .input(z.object({ projectId: id(), repositoryId: id() }))
    .mutation(async ({ ctx, input }) => {
      const { checked, recovered } = await ctx.call('recoverRepositoryDeliveries', input, {
        deadlineMs: recoverDeliveriesDeadlineMs,
      });
      return { checked: checked ?? 0, recovered: recovered ?? 0 };
    }),
});
