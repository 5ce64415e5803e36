import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { newSecrets, startControlPlane, type PlatformSecrets } from '../support/platform.js';
import { freePort } from '../support/ports.js';
import { startBuiltProcess } from '../support/processes.js';

interface UserSnapshot {
  id: string;
  email: string;
  is_platform_admin: boolean;
  is_platform_owner: boolean;
  created_at: Date;
  updated_at: Date;
}

describe('control-plane bootstrap of staff users', () => {
  let database: TestDatabase;
  let secrets: PlatformSecrets;

  beforeAll(async () => {
    database = await createTestDatabase();
    secrets = { ...newSecrets(), ownerEmail: 'Owner@Example.com' };
  });

  afterAll(async () => {
    await database?.drop();
  });

  const bootstrapEnv = {
    CODEXK8S_BOOTSTRAP_ALLOWED_EMAILS: 'ann@example.com, bob@example.com ,ADMIN@example.com',
    CODEXK8S_BOOTSTRAP_PLATFORM_ADMIN_EMAILS: 'admin@example.com,owner@example.com',
  };

  async function startOnce(env: Record<string, string>, ownerEmail = secrets.ownerEmail): Promise<void> {
    const controlPlane = await startControlPlane({
      databaseUrl: database.url,
      secrets: { ...secrets, ownerEmail },
      env,
    });
    expect(await controlPlane.process.stop()).toBe(0);
  }

  async function users(): Promise<UserSnapshot[]> {
    const result = await database.query<UserSnapshot>(
      'select id, email, is_platform_admin, is_platform_owner, created_at, updated_at from users order by email',
    );
    return result.rows;
  }

  it('two starts: the same users, one owner who is also admin, nothing changed the second time', async () => {
    await startOnce(bootstrapEnv);
    const first = await users();
    expect(
      first.map(({ email, is_platform_admin, is_platform_owner }) => ({
        email,
        is_platform_admin,
        is_platform_owner,
      })),
    ).toEqual([
      { email: 'admin@example.com', is_platform_admin: true, is_platform_owner: false },
      { email: 'ann@example.com', is_platform_admin: false, is_platform_owner: false },
      { email: 'bob@example.com', is_platform_admin: false, is_platform_owner: false },
      { email: 'owner@example.com', is_platform_admin: true, is_platform_owner: true },
    ]);

    await startOnce(bootstrapEnv);
    // Same ids, same flags, not even updated_at moved.
    expect(await users()).toEqual(first);
  }, 90_000);

  it('an admin demoted by hand is raised again, and a new owner takes over (the previous one stays admin)', async () => {
    await database.query("update users set is_platform_admin = false where email = 'admin@example.com'");
    await startOnce(bootstrapEnv, 'ann@example.com');
    const byEmail = new Map((await users()).map((user) => [user.email, user]));
    expect(byEmail.get('admin@example.com')?.is_platform_admin).toBe(true);
    expect(byEmail.get('ann@example.com')).toMatchObject({
      is_platform_owner: true,
      is_platform_admin: true,
    });
    expect(byEmail.get('owner@example.com')).toMatchObject({
      is_platform_owner: false,
      is_platform_admin: true,
    });
    expect((await database.query('select 1 from users where is_platform_owner')).rowCount).toBe(1);
  }, 60_000);

  it.each([
    ['CODEXK8S_BOOTSTRAP_ALLOWED_EMAILS', 'ok@example.com,not an email'],
    ['CODEXK8S_BOOTSTRAP_PLATFORM_ADMIN_EMAILS', 'admin-at-example.com'],
    ['CODEXK8S_BOOTSTRAP_OWNER_EMAIL', 'owner@'],
  ])(
    'a malformed email in %s stops start-up with a line naming the variable, before touching users',
    async (variable, value) => {
      const before = await users();
      const grpcPort = await freePort();
      const httpPort = await freePort();
      const process = startBuiltProcess('control-plane', {
        DATABASE_URL: database.url,
        CODEXK8S_INTERNAL_TOKEN: secrets.internalToken,
        CODEXK8S_CONTROL_PLANE_GRPC_ADDR: `127.0.0.1:${grpcPort}`,
        CODEXK8S_CONTROL_PLANE_HTTP_ADDR: `127.0.0.1:${httpPort}`,
        CODEXK8S_PUBLIC_BASE_URL: 'http://127.0.0.1:8080',
        CODEXK8S_GITHUB_WEBHOOK_SECRET: secrets.webhookSecret,
        CODEXK8S_BOOTSTRAP_OWNER_EMAIL: 'owner@example.com',
        CODEXK8S_TOKEN_ENCRYPTION_KEY: secrets.tokenEncryptionKey,
        CODEXK8S_WORKER_ENABLED: 'false',
        [variable]: value,
      });
      expect(await process.exited).not.toBe(0);
      const output = process.output().trim();
      expect(output.split('\n')).toHaveLength(1);
      expect(output).toContain(variable);
      expect(output).toMatch(/not a valid email address/);
      expect(output).not.toContain(value);
      expect(await users()).toEqual(before);
    },
  );
});
