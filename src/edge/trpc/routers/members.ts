import { z } from 'zod';
import { projectRoles } from '../../../shared/contract/project-role.js';
import { email, id, listInput, orEmpty } from '../inputs.js';
import { pageJson, projectMemberJson } from '../mappers.js';
import { router, staffProcedure } from '../trpc.js';

const role = z.enum(projectRoles, { error: `must be one of ${projectRoles.join(', ')}` });

/** members.list, members.upsert, members.delete, members.setLearningModeOverride (SPEC §6). Access is decided by the control-plane. */
export const membersRouter = router({
  list: staffProcedure
    .input(z.object({ projectId: id(), ...listInput }))
    .query(async ({ ctx, input }) =>
      pageJson(await ctx.call('listProjectMembers', input), projectMemberJson),
    ),
  upsert: staffProcedure
    .input(
      z
        .object({ projectId: id(), userId: orEmpty(id()), email: orEmpty(email()), role })
        .refine((input) => (input.userId === '') !== (input.email === ''), {
          message: 'give either a userId or an email',
          path: ['userId'],
        }),
    )
    .mutation(async ({ ctx, input }) =>
      projectMemberJson((await ctx.call('upsertProjectMember', input)).member),
    ),
  delete: staffProcedure
    .input(z.object({ projectId: id(), userId: id() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.call('deleteProjectMember', input);
      return { deleted: true };
    }),
  setLearningModeOverride: staffProcedure
    .input(
      z.object({
        projectId: id(),
        userId: id(),
        enabled: z.boolean({ error: 'must be true, false or null' }).nullable(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const response = await ctx.call('setProjectMemberLearningModeOverride', {
        projectId: input.projectId,
        userId: input.userId,
        // No wrapper: the override is cleared.
        enabled: input.enabled === null ? undefined : { value: input.enabled },
      });
      return projectMemberJson(response.member);
    }),
});
