/**
 * One platform for staff API tests: real PostgreSQL (a fresh database), the built control-plane
 * and edge, and the fake GitHub repository API on loopback. Users, projects, members and runs
 * are seeded with SQL; callers act through the edge with minted staff JWTs.
 */
import { createTestDatabase, type TestDatabase } from './database.js';
import { type FakeGitHubApi, startFakeGitHubApi } from './fake-github-api.js';
import {
  type ControlPlaneHandle,
  type EdgeHandle,
  newSecrets,
  type PlatformSecrets,
  startControlPlane,
  startEdge,
} from './platform.js';
import { mintStaffJwt, trpc, type TrpcResult } from './staff-api-client.js';

export interface SeededUser {
  id: string;
  email: string;
  isPlatformAdmin: boolean;
  isPlatformOwner: boolean;
}

export interface StaffPlatform {
  db: TestDatabase;
  github: FakeGitHubApi;
  controlPlane: ControlPlaneHandle;
  edge: EdgeHandle;
  secrets: PlatformSecrets;
  publicBaseUrl: string;
  /** Inserts or updates a user by email (the owner may exist already from the bootstrap). */
  seedUser(email: string, flags?: { admin?: boolean; owner?: boolean }): Promise<SeededUser>;
  seedProject(slug: string, name?: string): Promise<string>;
  seedMember(projectId: string, userId: string, role: 'read' | 'read_write' | 'admin'): Promise<void>;
  seedRun(
    projectId: string | null,
    extra?: { correlationId?: string; status?: string },
  ): Promise<{ id: string; correlationId: string }>;
  tokenFor(user: SeededUser): Promise<string>;
  call<T = unknown>(
    procedure: string,
    kind: 'query' | 'mutation',
    input: unknown,
    user: SeededUser | null,
  ): Promise<TrpcResult<T>>;
  stop(): Promise<void>;
}

export async function startStaffPlatform(env: Record<string, string> = {}): Promise<StaffPlatform> {
  const secrets = newSecrets();
  const db = await createTestDatabase('codexk8s_staff');
  const github = await startFakeGitHubApi();
  const publicBaseUrl = 'https://codex.example.test';
  const controlPlane = await startControlPlane({
    databaseUrl: db.url,
    secrets,
    publicBaseUrl,
    env: { CODEXK8S_GITHUB_API_BASE_URL: github.apiBaseUrl, ...env },
  });
  const edge = await startEdge({ secrets, controlPlaneTarget: controlPlane.grpcTarget });
  const tokens = new Map<string, string>();

  const platform: StaffPlatform = {
    db,
    github,
    controlPlane,
    edge,
    secrets,
    publicBaseUrl,
    async seedUser(email, flags = {}) {
      if (flags.owner)
        await db.query(
          'update users set is_platform_owner = false where is_platform_owner and lower(email) <> lower($1)',
          [email],
        );
      const { rows } = await db.query<{
        id: string;
        email: string;
        is_platform_admin: boolean;
        is_platform_owner: boolean;
      }>(
        `insert into users (email, is_platform_admin, is_platform_owner) values (lower($1), $2, $3)
         on conflict ((lower(email))) do update set is_platform_admin = excluded.is_platform_admin, is_platform_owner = excluded.is_platform_owner
         returning id, email, is_platform_admin, is_platform_owner`,
        [email, flags.admin === true || flags.owner === true, flags.owner === true],
      );
      const row = rows[0]!;
      return {
        id: row.id,
        email: row.email,
        isPlatformAdmin: row.is_platform_admin,
        isPlatformOwner: row.is_platform_owner,
      };
    },
    async seedProject(slug, name = slug) {
      const { rows } = await db.query<{ id: string }>(
        `insert into projects (slug, name) values ($1, $2) on conflict (slug) do update set name = excluded.name returning id`,
        [slug, name],
      );
      return rows[0]!.id;
    },
    async seedMember(projectId, userId, role) {
      await db.query(
        `insert into project_members (project_id, user_id, role) values ($1, $2, $3)
         on conflict (project_id, user_id) do update set role = excluded.role`,
        [projectId, userId, role],
      );
    },
    async seedRun(projectId, extra = {}) {
      const correlationId = extra.correlationId ?? `delivery-${Math.random().toString(36).slice(2)}`;
      const { rows } = await db.query<{ id: string }>(
        `insert into agent_runs (correlation_id, project_id, status, run_payload)
         values ($1, $2, $3, jsonb_build_object('event', 'push', 'action', '', 'repository', jsonb_build_object('full_name', 'acme/app'), 'sender', jsonb_build_object('login', 'octocat')))
         returning id`,
        [correlationId, projectId, extra.status ?? 'pending'],
      );
      return { id: rows[0]!.id, correlationId };
    },
    async tokenFor(user) {
      let token = tokens.get(user.id);
      if (!token) {
        token = await mintStaffJwt(secrets.jwtSigningKey, { ...user, githubLogin: user.email.split('@')[0] });
        tokens.set(user.id, token);
      }
      return token;
    },
    async call(procedure, kind, input, user) {
      return trpc(edge.url, procedure, kind, input, user ? await platform.tokenFor(user) : null);
    },
    async stop() {
      await edge.process.stop();
      await controlPlane.process.stop();
      await github.close();
      await db.drop();
    },
  };
  return platform;
}
