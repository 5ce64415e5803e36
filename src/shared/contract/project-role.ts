/** A member's role in a project (SPEC §6), weakest first: read < read_write < admin. */
export const projectRoles = ['read', 'read_write', 'admin'] as const;

export type ProjectRole = (typeof projectRoles)[number];
