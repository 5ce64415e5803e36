import { createServer, type Server, type Socket, connect } from 'node:net';
import { type AddressInfo } from 'node:net';
import { type MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/control-plane/domain/errors.js';
import { migrateUp, openDatabase } from '../../src/control-plane/persistence/orm.js';
import { SqlAuditTrail } from '../../src/control-plane/persistence/stores/audit-trail-store.js';
import { SqlMemberStore } from '../../src/control-plane/persistence/stores/member-store.js';
import { SqlProjectStore } from '../../src/control-plane/persistence/stores/project-store.js';
import { SqlRunStore } from '../../src/control-plane/persistence/stores/run-store.js';
import { SqlStaffAuthStore } from '../../src/control-plane/persistence/stores/staff-auth-store.js';
import { SqlTransactor } from '../../src/control-plane/persistence/stores/transactor.js';
import { SqlUserStore } from '../../src/control-plane/persistence/stores/user-store.js';
import { unitOfWorkRunner } from '../../src/control-plane/persistence/unit-of-work.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

/** The stores on MikroORM's EntityManager against PostgreSQL: transactions, races, a lost database. */
describe('persistence stores on the EntityManager', () => {
  let database: TestDatabase;
  let orm: MikroORM;
  let inUnitOfWork: <T>(work: () => Promise<T>) => Promise<T>;

  beforeAll(async () => {
    database = await createTestDatabase();
    orm = await openDatabase({ url: database.url });
    await migrateUp(orm);
    inUnitOfWork = unitOfWorkRunner(orm);
  });

  afterAll(async () => {
    await orm?.close();
    await database?.drop();
  });

  const count = async (sql: string, params: unknown[]) =>
    Number((await database.query<{ n: string }>(`select count(*) as n from ${sql}`, params)).rows[0]?.n);

  it('a change and its audit entry commit together; a failure after both leaves neither', async () => {
    const users = new SqlUserStore(orm);
    const members = new SqlMemberStore(orm);
    const projects = new SqlProjectStore(orm);
    const audit = new SqlAuditTrail(orm);
    const transactor = new SqlTransactor(orm);
    const { project } = await inUnitOfWork(() =>
      projects.upsertBySlug({ slug: 'tx', name: 'Tx', learningModeDefault: false }),
    );
    const entry = (resourceId: string) => ({
      actorUserId: 'someone',
      eventType: 'user.created',
      resource: 'user' as const,
      resourceId,
      requestId: 'request',
      projectId: null,
      payload: {},
    });

    // Committed: the user (a QueryBuilder upsert), the membership override (the unit of work's
    // flush) and the audit entry (persisted, flushed when the transaction commits).
    const kept = await inUnitOfWork(() =>
      transactor.inTransaction(async () => {
        const { user } = await users.upsertByEmail('kept@example.com', false);
        await members.upsert(project.id, user.id, 'read');
        await members.setLearningModeOverride(project.id, user.id, true);
        await audit.append(entry(user.id));
        return user;
      }),
    );
    expect(await count('users where email = $1', ['kept@example.com'])).toBe(1);
    expect(await count('flow_events where correlation_id = $1', [`staff:user:${kept.id}`])).toBe(1);
    expect(await count('project_members where user_id = $1 and learning_mode_override', [kept.id])).toBe(1);

    // Rolled back: the same steps, then a failure before the commit.
    let rolledBackId = '';
    await expect(
      inUnitOfWork(() =>
        transactor.inTransaction(async () => {
          const { user } = await users.upsertByEmail('gone@example.com', false);
          rolledBackId = user.id;
          await members.upsert(project.id, user.id, 'read');
          await members.setLearningModeOverride(project.id, kept.id, false);
          await audit.append(entry(user.id));
          throw new Error('the use-case failed after writing');
        }),
      ),
    ).rejects.toThrow('the use-case failed after writing');
    expect(rolledBackId).not.toBe('');
    expect(await count('users where email = $1', ['gone@example.com'])).toBe(0);
    expect(await count('flow_events where correlation_id = $1', [`staff:user:${rolledBackId}`])).toBe(0);
    expect(await count('project_members where user_id = $1 and learning_mode_override', [kept.id])).toBe(1);
  });

  it('concurrent upserts of one new email all succeed, and exactly one reports that it created the user', async () => {
    const users = new SqlUserStore(orm);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        inUnitOfWork(() => users.upsertByEmail('race@example.com', index % 2 === 0)),
      ),
    );
    expect(new Set(results.map((result) => result.user.id)).size).toBe(1);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(await count('users where email = $1', ['race@example.com'])).toBe(1);
  });

  it('the database lost mid-flight is `unavailable`, from an entity read as from a raw statement', async () => {
    // A TCP proxy in front of PostgreSQL that the test can cut.
    const sockets = new Set<Socket>();
    const proxy: Server = createServer((client) => {
      const upstream = connect(5432, '127.0.0.1');
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('error', () => {});
        socket.on('close', () => sockets.delete(socket));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const url = new URL(database.url);
    url.host = `127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const proxied = await openDatabase({ url: url.toString(), poolMax: 2 });
    const run = unitOfWorkRunner(proxied);
    try {
      const staffAuth = new SqlStaffAuthStore(proxied);
      const runs = new SqlRunStore(proxied);
      expect(await run(() => staffAuth.findByEmail('nobody@example.com'))).toBeNull();

      const closed = new Promise((resolve) => proxy.close(resolve));
      for (const socket of sockets) socket.destroy();
      await closed;

      const reads: Array<() => Promise<unknown>> = [
        () => staffAuth.findByEmail('nobody@example.com'),
        () => runs.findById('00000000-0000-4000-8000-000000000000'),
      ];
      for (const read of reads) {
        const failure = await run(read).catch((error: unknown) => error);
        expect(failure).toBeInstanceOf(DomainError);
        expect(failure).toMatchObject({ kind: 'unavailable' });
      }
    } finally {
      await proxied.close().catch(() => {});
    }
  });
});
