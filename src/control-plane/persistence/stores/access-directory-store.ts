import { type MikroORM } from '@mikro-orm/postgresql';
import {
  type AccessDirectory,
  type AccessSnapshot,
  type AccessSnapshotSource,
  type Actor,
  actorOf,
} from '../../domain/access/actor.js';
import { type ProjectRole, projectRoles } from '../../../shared/contract/project-role.js';
import { projectExists } from './project-store.js';
import { ProjectMemberEntity } from '../entities/project-member.js';
import { UserEntity } from '../entities/user.js';
import { actorColumns, actorFromRow, actorShape } from './caller-reads.js';
import { column } from './rows.js';
import { query, uuidArrayLiteral } from './sql.js';
import { currentEntityManager } from './entity-manager.js';
import { isUuid } from '../../../shared/text/uuid.js';

const snapshotRow = actorShape.extend({
  project_id: column.text.nullable(),
  role: column.oneOf(projectRoles).nullable(),
});

/** The AccessDirectory port over `users` and `project_members`: read fresh on every call. */
export class SqlAccessDirectory implements AccessDirectory, AccessSnapshotSource {
  constructor(private readonly orm: MikroORM) {}

  async findActor(userId: string): Promise<Actor | null> {
    if (!isUuid(userId)) return null;
    const user = await currentEntityManager(this.orm).findOne(UserEntity, { id: userId });
    return user ? actorOf(user) : null;
  }

  async findProjectRole(projectId: string, userId: string): Promise<ProjectRole | null> {
    const member = await currentEntityManager(this.orm).findOne(ProjectMemberEntity, {
      project: projectId,
      user: userId,
    });
    return member?.role ?? null;
  }

  projectExists(projectId: string): Promise<boolean> {
    return projectExists(currentEntityManager(this.orm), projectId);
  }

  async readAccessSnapshots(userIds: string[], projectIds: string[]): Promise<Map<string, AccessSnapshot>> {
    const users = userIds.filter(isUuid);
    const snapshots = new Map<string, { actor: Actor; roles: Map<string, ProjectRole> }>();
    if (users.length === 0) return snapshots;
    // One row per user, plus one per membership in the asked projects: ONE statement for every open
    // stream, whatever their number (the ids travel as two array parameters).
    const rows = await query(
      this.orm,
      snapshotRow,
      `select ${actorColumns('u')}, m.project_id, m.role
       from users u
       left join project_members m on m.user_id = u.id and m.project_id = any(?::uuid[])
       where u.id = any(?::uuid[])`,
      [uuidArrayLiteral(projectIds.filter(isUuid)), uuidArrayLiteral(users)],
    );
    for (const row of rows) {
      let snapshot = snapshots.get(row.actor_id);
      if (!snapshot) {
        snapshot = { actor: actorFromRow(row), roles: new Map() };
        snapshots.set(row.actor_id, snapshot);
      }
      if (row.project_id && row.role) snapshot.roles.set(row.project_id, row.role);
    }
    return snapshots;
  }
}
