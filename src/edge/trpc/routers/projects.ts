import { z } from 'zod';
import { boundedText, id, listInput } from '../inputs.js';
import { pageJson, projectJson } from '../mappers.js';
import { router, staffProcedure } from '../trpc.js';
import { triggersRouter } from './triggers.js';

const slug = boundedText(100).regex(
  /^[a-z0-9][a-z0-9._-]*$/,
  'lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
);

/** projects.list, projects.get, projects.upsert, projects.delete (SPEC §6). Access is decided by the control-plane. */
export const projectsRouter = router({
  list: staffProcedure.input(z.object(listInput)).query(async ({ ctx, input }) => {
    const response = await ctx.controlPlane.call(
      'listProjects',
      { principal: ctx.principal, limit: input.limit, cursor: input.cursor ?? '' },
      { correlationId: ctx.correlationId },
    );
    return pageJson(response, projectJson);
  }),
  get: staffProcedure.input(z.object({ projectId: id() })).query(async ({ ctx, input }) => {
    const response = await ctx.controlPlane.call(
      'getProject',
      { principal: ctx.principal, projectId: input.projectId },
      { correlationId: ctx.correlationId },
    );
    return projectJson(response.project);
  }),
  upsert: staffProcedure
    .input(z.object({ slug, name: boundedText(200) }))
    .mutation(async ({ ctx, input }) => {
      const response = await ctx.controlPlane.call(
        'upsertProject',
        { principal: ctx.principal, slug: input.slug, name: input.name },
        { correlationId: ctx.correlationId },
      );
      return { project: projectJson(response.project), created: response.created };
    }),
  delete: staffProcedure.input(z.object({ projectId: id() })).mutation(async ({ ctx, input }) => {
    await ctx.controlPlane.call(
      'deleteProject',
      { principal: ctx.principal, projectId: input.projectId },
      { correlationId: ctx.correlationId },
    );
    return { deleted: true };
  }),
  triggers: triggersRouter,
});
