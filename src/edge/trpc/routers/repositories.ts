import { z } from 'zod';
import { boundedText, id, listInput } from '../inputs.js';
import { pageJson, repositoryJson } from '../mappers.js';
import { router, staffProcedure } from '../trpc.js';

/** repositories.list, repositories.upsert, repositories.delete (SPEC §6). Access is decided by the control-plane. */
export const repositoriesRouter = router({
  list: staffProcedure.input(z.object({ projectId: id(), ...listInput })).query(async ({ ctx, input }) => {
    const response = await ctx.controlPlane.call(
      'listProjectRepositories',
      {
        principal: ctx.principal,
        projectId: input.projectId,
        limit: input.limit,
        cursor: input.cursor ?? '',
      },
      { correlationId: ctx.correlationId },
    );
    return pageJson(response, repositoryJson);
  }),
  upsert: staffProcedure
    .input(
      z.object({
        projectId: id(),
        provider: z.literal('github', { error: 'must be github' }),
        owner: boundedText(39).regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'a GitHub user or organization name'),
        name: boundedText(100).regex(/^[A-Za-z0-9._-]+$/, 'a GitHub repository name'),
        token: boundedText(1000).regex(/^\S+$/, 'must not contain spaces'),
        servicesYamlPath: z.string().trim().max(500, 'must be at most 500 characters').optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const response = await ctx.controlPlane.call(
        'upsertProjectRepository',
        {
          principal: ctx.principal,
          projectId: input.projectId,
          provider: input.provider,
          owner: input.owner,
          name: input.name,
          token: input.token,
          servicesYamlPath: input.servicesYamlPath ?? '',
        },
        { correlationId: ctx.correlationId },
      );
      return repositoryJson(response.repository);
    }),
  delete: staffProcedure
    .input(z.object({ projectId: id(), repositoryId: id() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.controlPlane.call(
        'deleteProjectRepository',
        { principal: ctx.principal, projectId: input.projectId, repositoryId: input.repositoryId },
        { correlationId: ctx.correlationId },
      );
      return { deleted: true };
    }),
});
