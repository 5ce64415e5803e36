import { z } from 'zod';
import { id, listInput, orEmpty } from '../inputs.js';
import { auditEventJson, pageJson } from '../mappers.js';
import { router, staffProcedure } from '../trpc.js';

/**
 * audit.list (issue 21): the staff audit trail, newest first. Platform admins read all of it;
 * project admins the entries of a project they administer, which they must name. Access is
 * decided by the control-plane.
 */
export const auditRouter = router({
  list: staffProcedure
    .input(z.object({ ...listInput, projectId: orEmpty(id()), actorId: orEmpty(id()) }))
    .query(async ({ ctx, input }) => pageJson(await ctx.call('listAuditEvents', input), auditEventJson)),
});
