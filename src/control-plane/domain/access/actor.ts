export type ProjectRole = 'read' | 'read_write' | 'admin';

export const projectRoles: readonly ProjectRole[] = ['read', 'read_write', 'admin'];

/** The staff user behind a call, as stored now (not as the JWT remembers it). */
export interface Actor {
  userId: string;
  email: string;
  isPlatformAdmin: boolean;
  isPlatformOwner: boolean;
}

/** What the access rules need to know about people and memberships. */
export interface AccessDirectory {
  /** The user by id, or null when it no longer exists (deleted after the token was issued). */
  findActor(userId: string): Promise<Actor | null>;
  /** The user's membership role in the project, or null when not a member. */
  findProjectRole(projectId: string, userId: string): Promise<ProjectRole | null>;
}
