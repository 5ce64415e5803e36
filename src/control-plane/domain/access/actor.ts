import { type ProjectRole } from '../../../shared/contract/project-role.js';

/** The staff user behind a call, as stored now (not as the JWT remembers it). */
export interface Actor {
  userId: string;
  email: string;
  isPlatformAdmin: boolean;
  isPlatformOwner: boolean;
}

/** The actor of a stored staff user (a StaffUser, or a row of `users`). */
export function actorOf(user: {
  id: string;
  email: string;
  isPlatformAdmin: boolean;
  isPlatformOwner: boolean;
}): Actor {
  return {
    userId: user.id,
    email: user.email,
    isPlatformAdmin: user.isPlatformAdmin,
    isPlatformOwner: user.isPlatformOwner,
  };
}

/** What the access rules need to know about people and memberships. */
export interface AccessDirectory {
  /** The user by id, or null when it no longer exists (deleted after the token was issued). */
  findActor(userId: string): Promise<Actor | null>;
  /** The user's membership role in the project, or null when not a member. */
  findProjectRole(projectId: string, userId: string): Promise<ProjectRole | null>;
  projectExists(projectId: string): Promise<boolean>;
}

/** One stored user and their roles in the projects asked about (the live-stream re-check reads many at once). */
export interface AccessSnapshot {
  actor: Actor;
  /** Role by project id, for the asked projects the user is a member of. */
  roles: ReadonlyMap<string, ProjectRole>;
}

/** Reads the access of many users in one go, for checks that run over every open live stream. */
export interface AccessSnapshotSource {
  /** The stored users among `userIds` (by id) with their roles in `projectIds`; a user left out no longer exists. */
  readAccessSnapshots(userIds: string[], projectIds: string[]): Promise<Map<string, AccessSnapshot>>;
}
