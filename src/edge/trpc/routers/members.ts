import { z } from 'zod';
import { email, id, listInput } from '../inputs.js';
import { pageJson, projectMemberJson } from '../mappers.js';
import { router, staffProcedure } from '../trpc.js';

const role = z.enum(['read', 'read_write', 'admin'], { error: 'must be one of read, read_write, admin' });

/** members.list, members.upsert, members.delete, members.setLearningModeOverride (SPEC §6). Access is decided by the control-plane. */
export const membersRouter = router({
  list: staffProcedure.input(z.object({ projectId: id(), ...listInput })).query(async ({ ctx, input }) => {
    const response = await ctx.controlPlane.call(
      'listProjectMembers',
      {
        principal: ctx.principal,
        projectId: input.projectId,
        limit: input.limit,
        cursor: input.cursor ?? '',
      },
      { correlationId: ctx.correlationId },
    );
    return pageJson(response, projectMemberJson);
  }),
  upsert: staffProcedure
    .input(
      z
        .object({ projectId: id(), userId: id().optional(), email: email().optional(), role })
        .refine((input) => (input.userId === undefined) !== (input.email === undefined), {
          message: 'give either a userId or an email',
          path: ['userId'],
        }),
    )
    .mutation(async ({ ctx, input }) => {
      const response = await ctx.controlPlane.call(
        'upsertProjectMember',
        {
          principal: ctx.principal,
          projectId: input.projectId,
          userId: input.userId ?? '',
          email: input.email ?? '',
          role: input.role,
        },
        { correlationId: ctx.correlationId },
      );
      return projectMemberJson(response.member);
    }),
  delete: staffProcedure
    .input(z.object({ projectId: id(), userId: id() }))
    .mutation(async ({ ctx, input }) => {
      await ctx.controlPlane.call(
        'deleteProjectMember',
        { principal: ctx.principal, projectId: input.projectId, userId: input.userId },
        { correlationId: ctx.correlationId },
      );
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
      const response = await ctx.controlPlane.call(
        'setProjectMemberLearningModeOverride',
        {
          principal: ctx.principal,
          projectId: input.projectId,
          userId: input.userId,
          enabled: input.enabled === null ? undefined : { value: input.enabled },
        },
        { correlationId: ctx.correlationId },
      );
      return projectMemberJson(response.member);
    }),
});
