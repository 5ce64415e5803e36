import { z } from 'zod';
import { id } from '../inputs.js';
import { projectTriggersJson } from '../mappers.js';
import { router, staffProcedure } from '../trpc.js';

/** Bounds only: what a prefix, command, event or association may be is the control-plane's to say. */
const word = z.string({ error: 'must be a string' }).max(200, 'must be at most 200 characters');
const words = z.array(word, { error: 'must be a list of strings' }).max(200, 'must have at most 200 entries');

/**
 * projects.triggers.get / projects.triggers.set (SPEC §11). `set` replaces the project's own choices:
 * a field left out (or null) follows the platform default. Access is decided by the control-plane.
 */
export const triggersRouter = router({
  get: staffProcedure
    .input(z.object({ projectId: id() }))
    .query(async ({ ctx, input }) => projectTriggersJson(await ctx.call('getProjectTriggers', input))),
  set: staffProcedure
    .input(
      z.object({
        projectId: id(),
        labelPrefix: word.nullish(),
        command: word.nullish(),
        events: words.nullish(),
        trustedAssociations: words.nullish(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const response = await ctx.call('setProjectTriggers', {
        projectId: input.projectId,
        triggers: {
          labelPrefix: input.labelPrefix == null ? undefined : { value: input.labelPrefix },
          command: input.command == null ? undefined : { value: input.command },
          events: input.events == null ? undefined : { values: input.events },
          trustedAssociations:
            input.trustedAssociations == null ? undefined : { values: input.trustedAssociations },
        },
      });
      return projectTriggersJson(response);
    }),
});
