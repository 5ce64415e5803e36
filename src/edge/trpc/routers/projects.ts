import { z } from 'zod';
import { boundedText, id, listInput } from '../inputs.js';
import { pageJson, projectJson } from '../mappers.js';
import { router, staffProcedure } from '../trpc.js';
import { triggersRouter } from './triggers.js';

const slug = boundedText(100).regex(
  /^[a-z0-9][a-z0-9._-]*$/,
  'lower-case letters, digits, ".", "_" or "-", starting with a letter or digit',
);

const learningModeDefault = z.boolean({ error: 'must be true or false' }).nullish();

/**
 * projects.list, projects.get, projects.upsert, projects.delete (SPEC §6), projects.create and
 * projects.update (issue 21). Access is decided by the control-plane.
 */
export const projectsRouter = router({
  list: staffProcedure
    .input(z.object(listInput))
    .query(async ({ ctx, input }) => pageJson(await ctx.call('listProjects', input), projectJson)),
  get: staffProcedure
    .input(z.object({ projectId: id() }))
    .query(async ({ ctx, input }) => projectJson((await ctx.call('getProject', input)).project)),
  upsert: staffProcedure
    .input(z.object({ slug, name: boundedText(200) }))
    .mutation(async ({ ctx, input }) => {
      const response = await ctx.call('upsertProject', input);
      return { project: projectJson(response.project), created: response.created };
    }),
  /** Creates a project; CONFLICT (reason `slug_taken`) when the slug is taken. Platform admins. */
  create: staffProcedure
    .input(z.object({ slug, name: boundedText(200), learningModeDefault }))
    .mutation(async ({ ctx, input }) => {
      const response = await ctx.call('createProject', {
        slug: input.slug,
        name: input.name,
        learningModeDefault:
          input.learningModeDefault == null ? undefined : { value: input.learningModeDefault },
      });
      return { project: projectJson(response.project) };
    }),
  /** Renames a project and/or changes its learning-mode default (absent = unchanged). Platform admins. */
  update: staffProcedure
    .input(z.object({ projectId: id(), name: boundedText(200).nullish(), learningModeDefault }))
    .mutation(async ({ ctx, input }) => {
      const response = await ctx.call('updateProject', {
        projectId: input.projectId,
        name: input.name == null ? undefined : { value: input.name },
        learningModeDefault:
          input.learningModeDefault == null ? undefined : { value: input.learningModeDefault },
      });
      return { project: projectJson(response.project) };
    }),
  delete: staffProcedure.input(z.object({ projectId: id() })).mutation(async ({ ctx, input }) => {
    await ctx.call('deleteProject', input);
    return { deleted: true };
  }),
  triggers: triggersRouter,
});
