import { type MikroORM } from '@mikro-orm/postgresql';
import { type Page, type PageRequest } from '../../domain/staff/pagination.js';
import { type StaffUserRecord, type UserStore } from '../../domain/users/ports.js';
import { decodeCursor, encodeCursor, toPage } from './cursor.js';
import { query, queryOne, toDate, toNumber } from './sql.js';

interface UserSqlRow {
  id: string;
  email: string;
  github_user_id: string | null;
  github_login: string | null;
  is_platform_admin: boolean;
  is_platform_owner: boolean;
  created_at: string | Date;
  updated_at: string | Date;
}

const columns =
  'id, email, github_user_id, github_login, is_platform_admin, is_platform_owner, created_at, updated_at';

function toRecord(row: UserSqlRow): StaffUserRecord {
  return {
    id: row.id,
    email: row.email,
    githubUserId: toNumber(row.github_user_id),
    githubLogin: row.github_login,
    isPlatformAdmin: row.is_platform_admin,
    isPlatformOwner: row.is_platform_owner,
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
}

/** `users` for the allowlist API; ordered by lower(email), the unique index. */
export class SqlUserStore implements UserStore {
  constructor(private readonly orm: MikroORM) {}

  async list(page: PageRequest): Promise<Page<StaffUserRecord>> {
    const after = decodeCursor('users', page.cursor, ['string'])?.[0] ?? null;
    const rows = await query<UserSqlRow>(
      this.orm,
      `select ${columns} from users ${after !== null ? 'where lower(email) > ?' : ''} order by lower(email) limit ?`,
      after !== null ? [after, page.limit + 1] : [page.limit + 1],
    );
    return toPage(rows, page.limit, toRecord, (row) => encodeCursor('users', [row.email.toLowerCase()]));
  }

  async findById(userId: string): Promise<StaffUserRecord | null> {
    const row = await queryOne<UserSqlRow>(this.orm, `select ${columns} from users where id = ?`, [userId]);
    return row ? toRecord(row) : null;
  }

  async findByEmail(email: string): Promise<StaffUserRecord | null> {
    const row = await queryOne<UserSqlRow>(
      this.orm,
      `select ${columns} from users where lower(email) = lower(?)`,
      [email],
    );
    return row ? toRecord(row) : null;
  }

  async upsertByEmail(
    email: string,
    isPlatformAdmin: boolean,
  ): Promise<{ user: StaffUserRecord; created: boolean }> {
    const row = await queryOne<UserSqlRow & { created: boolean }>(
      this.orm,
      `insert into users (email, is_platform_admin) values (?, ?)
       on conflict ((lower(email))) do update set is_platform_admin = excluded.is_platform_admin, updated_at = now()
       returning ${columns}, (xmax = 0) as created`,
      [email, isPlatformAdmin],
    );
    if (!row) throw new Error('upsert returned no row');
    return { user: toRecord(row), created: row.created };
  }

  async delete(userId: string): Promise<void> {
    await query(this.orm, 'delete from users where id = ?', [userId]);
  }
}
