import { because, notFound, permissionDenied } from '../errors.js';
import { requireUuid } from '../staff-call/validation.js';
import { type AccessDirectory, type AccessSnapshot, type Actor } from './actor.js';
import { type ProjectRole } from '../../../shared/contract/project-role.js';
import { type LiveAccessGrant } from './live-access-guard.js';

/**
 * The RBAC rules of SPEC §6 in one place. "Admin" below means platform admin (the owner is one too).
 * Project roles: read < read_write < admin.
 */

/** The caller as read from the database; a user deleted since the token was issued is refused like an unknown one. */
export function requireStoredActor(actor: Actor | null): Actor {
  if (!actor) throw permissionDenied('the signed-in user is no longer allowed', because('user_revoked'));
  return actor;
}

/** Loads the caller (see requireStoredActor). */
export async function requireActor(directory: AccessDirectory, userId: string): Promise<Actor> {
  return requireStoredActor(userId ? await directory.findActor(userId) : null);
}

/** Platform admins, the owner included, act on every project. */
export function isPlatformAdmin(actor: Actor): boolean {
  return actor.isPlatformAdmin || actor.isPlatformOwner;
}

export function requirePlatformAdmin(actor: Actor): void {
  if (!isPlatformAdmin(actor)) throw permissionDenied('platform admin only', because('platform_admin_only'));
}

/** Loads the caller and requires a platform admin (the owner is one). */
export async function requireAdminActor(directory: AccessDirectory, userId: string): Promise<Actor> {
  const actor = await requireActor(directory, userId);
  requirePlatformAdmin(actor);
  return actor;
}

export function requirePlatformOwner(actor: Actor): void {
  if (!actor.isPlatformOwner) throw permissionDenied('platform owner only', because('platform_owner_only'));
}

/**
 * The caller's effective role in a project: `admin` for platform admins, the membership role
 * otherwise, null for non-members.
 */
export async function effectiveProjectRole(
  directory: AccessDirectory,
  actor: Actor,
  projectId: string,
): Promise<ProjectRole | null> {
  if (isPlatformAdmin(actor)) return 'admin';
  return directory.findProjectRole(projectId, actor.userId);
}

/**
 * The project's id (lower-cased) when such a project exists: NOT_FOUND is decided before whether
 * the caller may see it, for the use-cases that only platform admins reach or that name the
 * project in their input.
 */
export async function requireExistingProject(directory: AccessDirectory, projectId: string): Promise<string> {
  const id = requireUuid('projectId', projectId);
  if (!(await directory.projectExists(id))) throw notFound('project not found', because('project_not_found'));
  return id;
}

const notAMember = () => permissionDenied('not a member of this project', because('not_a_member'));

/**
 * Admin or member may read a project and its runs. Non-members get PERMISSION_DENIED (SPEC §6:
 * FORBIDDEN); a project that does not exist at all is NOT_FOUND, decided by the use-case.
 */
export async function requireProjectReader(
  directory: AccessDirectory,
  actor: Actor,
  projectId: string,
): Promise<ProjectRole> {
  const role = await effectiveProjectRole(directory, actor, projectId);
  if (!role) throw notAMember();
  return role;
}

/** Admin or project admin/read_write: repositories and run cancellation. */
export async function requireProjectWriter(
  directory: AccessDirectory,
  actor: Actor,
  projectId: string,
): Promise<ProjectRole> {
  const role = await requireProjectReader(directory, actor, projectId);
  if (role === 'read')
    throw permissionDenied('read-only members cannot change this project', because('read_only_member'));
  return role;
}

/** Admin or project admin: the project's trigger policy. */
export async function requireProjectAdmin(
  directory: AccessDirectory,
  actor: Actor,
  projectId: string,
): Promise<void> {
  const role = await requireProjectReader(directory, actor, projectId);
  if (role !== 'admin')
    throw permissionDenied('only project admins may do this', because('project_admin_only'));
}

/**
 * requireRunReader with the caller's membership role in the run's project already read (null when
 * not a member), for reads that fetch it together with the data.
 */
export function requireRunReaderWithRole(
  actor: Actor,
  runProjectId: string | null,
  memberRole: ProjectRole | null,
): void {
  if (runProjectId === null) {
    if (!isPlatformAdmin(actor))
      throw permissionDenied(
        'runs without a project are visible to platform admins only',
        because('unbound_run_admin_only'),
      );
    return;
  }
  if (!isPlatformAdmin(actor) && memberRole === null) throw notAMember();
}

/** A run without a project is visible to platform admins only; a project's runs to its readers. */
export async function requireRunReader(
  directory: AccessDirectory,
  actor: Actor,
  runProjectId: string | null,
): Promise<void> {
  const memberRole =
    runProjectId === null || isPlatformAdmin(actor)
      ? null
      : await directory.findProjectRole(runProjectId, actor.userId);
  requireRunReaderWithRole(actor, runProjectId, memberRole);
}

/**
 * requireRunReader over a snapshot read for many callers at once (live streams re-check with it):
 * null means the user no longer exists.
 */
export function requireRunReaderInSnapshot(access: AccessSnapshot | null, runProjectId: string | null): void {
  const actor = requireStoredActor(access?.actor ?? null);
  const memberRole = runProjectId === null ? null : (access?.roles.get(runProjectId) ?? null);
  requireRunReaderWithRole(actor, runProjectId, memberRole);
}

/** What a live stream of one run (its events, its log) keeps needing: the run reader rule, re-checked. */
export function runReaderGrant(userId: string, runProjectId: string | null): LiveAccessGrant {
  return {
    userId,
    projectId: runProjectId,
    rule: (access) => requireRunReaderInSnapshot(access, runProjectId),
  };
}

export async function requireRunCanceler(
  directory: AccessDirectory,
  actor: Actor,
  runProjectId: string | null,
): Promise<void> {
  if (runProjectId === null) {
    requirePlatformAdmin(actor);
    return;
  }
  await requireProjectWriter(directory, actor, runProjectId);
}

/** users.delete: never self; nobody deletes the owner; only the owner deletes another admin. */
export function requireCanDeleteUser(
  actor: Actor,
  target: { id: string; isPlatformAdmin: boolean; isPlatformOwner: boolean },
): void {
  requirePlatformAdmin(actor);
  if (target.id === actor.userId)
    throw permissionDenied('you cannot delete yourself', because('self_delete'));
  if (target.isPlatformOwner)
    throw permissionDenied('the platform owner cannot be deleted', because('owner_protected'));
  if (target.isPlatformAdmin && !actor.isPlatformOwner)
    throw permissionDenied('only the platform owner may delete another admin', because('admin_protected'));
}
