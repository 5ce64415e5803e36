/**
 * The RBAC matrix of SPEC §6, through the real edge over HTTP, the real control-plane and
 * PostgreSQL: every procedure × {owner, platform admin, project admin, read_write, read,
 * non-member, signed out}, generated from the one table below. Every allowed mutation must leave
 * an audit flow event naming who did it; every refused one must leave nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededUser, startStaffPlatform, type StaffPlatform } from '../support/staff-platform.js';

type Who = 'owner' | 'admin' | 'projectAdmin' | 'readWrite' | 'read' | 'nonMember' | 'signedOut';
const everyone: Who[] = ['owner', 'admin', 'projectAdmin', 'readWrite', 'read', 'nonMember', 'signedOut'];
const signedIn: Who[] = ['owner', 'admin', 'projectAdmin', 'readWrite', 'read', 'nonMember'];
const admins: Who[] = ['owner', 'admin'];
const members: Who[] = ['owner', 'admin', 'projectAdmin', 'readWrite', 'read'];
const writers: Who[] = ['owner', 'admin', 'projectAdmin', 'readWrite'];
const projectAdmins: Who[] = ['owner', 'admin', 'projectAdmin'];

interface Fixture {
  platform: StaffPlatform;
  users: Record<Exclude<Who, 'signedOut'>, SeededUser>;
  projectId: string;
  runId: string;
  orphanRunId: string;
  caller: SeededUser | null;
  unique: string;
}

interface Row {
  procedure: string;
  kind: 'query' | 'mutation';
  /** Who may; everyone else gets FORBIDDEN, the signed-out caller UNAUTHORIZED. */
  allowed: Who[];
  /** Builds the input, creating whatever fresh target the call needs. */
  input: (fixture: Fixture) => Promise<unknown>;
  /** The audit event an allowed mutation must append. */
  audit?: string;
  /** How many of them (default 1; a rerun records `run.rerun` on both runs). */
  audits?: number;
  rule?: string;
}

let counter = 0;
const next = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

const table: Row[] = [
  { procedure: 'auth.me', kind: 'query', allowed: signedIn, input: async () => undefined },
  { procedure: 'projects.list', kind: 'query', allowed: signedIn, input: async () => ({}) },
  {
    procedure: 'projects.get',
    kind: 'query',
    allowed: members,
    input: async (f) => ({ projectId: f.projectId }),
  },
  {
    procedure: 'projects.upsert',
    kind: 'mutation',
    allowed: admins,
    audit: 'project.upserted',
    input: async (f) => ({ slug: `p-${f.unique}`, name: `Project ${f.unique}` }),
  },
  {
    procedure: 'projects.create',
    kind: 'mutation',
    allowed: admins,
    audit: 'project.created',
    input: async (f) => ({ slug: `c-${f.unique}`, name: `Created ${f.unique}`, learningModeDefault: true }),
  },
  {
    procedure: 'projects.update',
    kind: 'mutation',
    allowed: admins,
    audit: 'project.updated',
    input: async (f) => ({
      projectId: await f.platform.seedProject(`u-${f.unique}`),
      name: `Renamed ${f.unique}`,
      learningModeDefault: true,
    }),
  },
  {
    procedure: 'projects.delete',
    kind: 'mutation',
    allowed: ['owner'],
    audit: 'project.deleted',
    input: async (f) => ({ projectId: await f.platform.seedProject(`del-${f.unique}`) }),
  },
  {
    procedure: 'projects.triggers.get',
    kind: 'query',
    allowed: projectAdmins,
    input: async (f) => ({ projectId: f.projectId }),
  },
  {
    procedure: 'projects.triggers.set',
    kind: 'mutation',
    allowed: projectAdmins,
    audit: 'project.triggers_set',
    input: async (f) => ({ projectId: f.projectId, command: `/c${f.unique}`, events: ['push'] }),
  },
  { procedure: 'deliveries.list', kind: 'query', allowed: signedIn, input: async () => ({}) },
  {
    procedure: 'deliveries.list',
    rule: 'filtered by project',
    kind: 'query',
    allowed: members,
    input: async (f) => ({ projectId: f.projectId, outcome: 'ignored' }),
  },
  { procedure: 'audit.list', kind: 'query', allowed: admins, input: async () => ({}) },
  {
    procedure: 'audit.list',
    rule: 'filtered by project',
    kind: 'query',
    allowed: projectAdmins,
    input: async (f) => ({ projectId: f.projectId }),
  },
  {
    procedure: 'audit.list',
    rule: 'filtered by actor only',
    kind: 'query',
    allowed: admins,
    input: async (f) => ({ actorId: f.users.projectAdmin.id }),
  },
  { procedure: 'runs.list', kind: 'query', allowed: signedIn, input: async () => ({}) },
  {
    procedure: 'runs.list',
    rule: 'filtered by project',
    kind: 'query',
    allowed: members,
    input: async (f) => ({ projectId: f.projectId }),
  },
  { procedure: 'runs.get', kind: 'query', allowed: members, input: async (f) => ({ runId: f.runId }) },
  {
    procedure: 'runs.get',
    rule: 'run without project',
    kind: 'query',
    allowed: admins,
    input: async (f) => ({ runId: f.orphanRunId }),
  },
  { procedure: 'runs.events', kind: 'query', allowed: members, input: async (f) => ({ runId: f.runId }) },
  {
    procedure: 'runs.learningFeedback',
    kind: 'query',
    allowed: members,
    input: async (f) => ({ runId: f.runId }),
  },
  {
    procedure: 'runs.cancel',
    kind: 'mutation',
    allowed: writers,
    audit: 'run.canceled',
    input: async (f) => ({ runId: (await f.platform.seedRun(f.projectId)).id }),
  },
  {
    procedure: 'runs.cancel',
    rule: 'run without project',
    kind: 'mutation',
    allowed: admins,
    audit: 'run.canceled',
    input: async (f) => ({ runId: (await f.platform.seedRun(null)).id }),
  },
  {
    procedure: 'runs.rerun',
    kind: 'mutation',
    allowed: writers,
    audit: 'run.rerun',
    audits: 2,
    input: async (f) => ({ runId: (await f.platform.seedRun(f.projectId, { status: 'failed' })).id }),
  },
  {
    procedure: 'runs.rerun',
    rule: 'run without project',
    kind: 'mutation',
    allowed: admins,
    audit: 'run.rerun',
    audits: 2,
    input: async (f) => ({ runId: (await f.platform.seedRun(null, { status: 'succeeded' })).id }),
  },
  { procedure: 'users.list', kind: 'query', allowed: admins, input: async () => ({}) },
  {
    procedure: 'users.search',
    kind: 'query',
    allowed: admins,
    input: async () => ({ query: 'read', limit: 5 }),
  },
  {
    procedure: 'users.create',
    kind: 'mutation',
    allowed: admins,
    audit: 'user.created',
    input: async (f) => ({ email: `new-${f.unique}@example.com`, isPlatformAdmin: false }),
  },
  {
    procedure: 'users.delete',
    kind: 'mutation',
    allowed: admins,
    audit: 'user.deleted',
    input: async (f) => ({ userId: (await f.platform.seedUser(`gone-${f.unique}@example.com`)).id }),
  },
  {
    procedure: 'users.delete',
    rule: 'never self',
    kind: 'mutation',
    allowed: [],
    input: async (f) => ({ userId: f.caller?.id ?? f.users.read.id }),
  },
  {
    procedure: 'users.delete',
    rule: 'only the owner deletes another admin',
    kind: 'mutation',
    allowed: ['owner'],
    audit: 'user.deleted',
    input: async (f) => ({
      userId: (await f.platform.seedUser(`admin-${f.unique}@example.com`, { admin: true })).id,
    }),
  },
  {
    procedure: 'users.delete',
    rule: 'nobody deletes the owner',
    kind: 'mutation',
    allowed: [],
    input: async (f) => ({ userId: f.users.owner.id }),
  },
  {
    procedure: 'members.list',
    kind: 'query',
    allowed: admins,
    input: async (f) => ({ projectId: f.projectId }),
  },
  {
    procedure: 'members.upsert',
    kind: 'mutation',
    allowed: admins,
    audit: 'member.upserted',
    input: async (f) => ({
      projectId: f.projectId,
      userId: (await f.platform.seedUser(`m-${f.unique}@example.com`)).id,
      role: 'read',
    }),
  },
  {
    procedure: 'members.upsert',
    rule: 'by email',
    kind: 'mutation',
    allowed: admins,
    audit: 'member.upserted',
    input: async (f) => ({
      projectId: f.projectId,
      email: (await f.platform.seedUser(`e-${f.unique}@example.com`)).email,
      role: 'read_write',
    }),
  },
  {
    procedure: 'members.delete',
    kind: 'mutation',
    allowed: admins,
    audit: 'member.deleted',
    input: async (f) => {
      const user = await f.platform.seedUser(`md-${f.unique}@example.com`);
      await f.platform.seedMember(f.projectId, user.id, 'read');
      return { projectId: f.projectId, userId: user.id };
    },
  },
  {
    procedure: 'members.delete',
    rule: 'the owner cannot be removed',
    kind: 'mutation',
    allowed: [],
    input: async (f) => ({ projectId: f.projectId, userId: f.users.owner.id }),
  },
  {
    procedure: 'members.setLearningModeOverride',
    kind: 'mutation',
    allowed: admins,
    audit: 'member.learning_mode_override_set',
    input: async (f) => {
      const user = await f.platform.seedUser(`lm-${f.unique}@example.com`);
      await f.platform.seedMember(f.projectId, user.id, 'read');
      return { projectId: f.projectId, userId: user.id, enabled: true };
    },
  },
  {
    procedure: 'repositories.list',
    kind: 'query',
    allowed: members,
    input: async (f) => ({ projectId: f.projectId }),
  },
  {
    procedure: 'repositories.upsert',
    kind: 'mutation',
    allowed: writers,
    audit: 'repository.upserted',
    input: async (f) => {
      const token = `ghp_${f.unique}`;
      f.platform.github.addRepository({
        owner: 'acme',
        name: `repo-${f.unique}`,
        id: 10_000 + counter,
        tokens: [token],
      });
      return { projectId: f.projectId, provider: 'github', owner: 'acme', name: `repo-${f.unique}`, token };
    },
  },
  {
    procedure: 'repositories.delete',
    kind: 'mutation',
    allowed: writers,
    audit: 'repository.deleted',
    input: async (f) => {
      // Attached through the API (as the owner) so the webhook exists and its removal is real.
      const token = `ghp_d${f.unique}`;
      f.platform.github.addRepository({
        owner: 'acme',
        name: `gone-${f.unique}`,
        id: 20_000 + counter,
        tokens: [token],
      });
      const attached = await f.platform.call<{ id: string }>(
        'repositories.upsert',
        'mutation',
        { projectId: f.projectId, provider: 'github', owner: 'acme', name: `gone-${f.unique}`, token },
        f.users.owner,
      );
      if (!attached.data) throw new Error(`seeding a repository failed: ${attached.message}`);
      return { projectId: f.projectId, repositoryId: attached.data.id };
    },
  },
  {
    // SPEC §14: walks the webhook's delivery log now; platform admins and project admins only.
    procedure: 'repositories.recoverDeliveries',
    kind: 'mutation',
    allowed: projectAdmins,
    audit: 'repository.deliveries_recovered',
    input: async (f) => {
      const token = `ghp_r${f.unique}`;
      f.platform.github.addRepository({
        owner: 'acme',
        name: `walked-${f.unique}`,
        id: 30_000 + counter,
        tokens: [token],
      });
      const attached = await f.platform.call<{ id: string }>(
        'repositories.upsert',
        'mutation',
        { projectId: f.projectId, provider: 'github', owner: 'acme', name: `walked-${f.unique}`, token },
        f.users.owner,
      );
      if (!attached.data) throw new Error(`seeding a repository failed: ${attached.message}`);
      return { projectId: f.projectId, repositoryId: attached.data.id };
    },
  },
];

let platform: StaffPlatform;
let base: Omit<Fixture, 'caller' | 'unique'>;

beforeAll(async () => {
  platform = await startStaffPlatform();
  // Upsert by email: sign-in's bootstrap may already have created the owner.
  const users = {
    owner: await platform.seedUser(platform.secrets.ownerEmail, { owner: true }),
    admin: await platform.seedUser('admin@example.com', { admin: true }),
    projectAdmin: await platform.seedUser('project-admin@example.com'),
    readWrite: await platform.seedUser('read-write@example.com'),
    read: await platform.seedUser('reader@example.com'),
    nonMember: await platform.seedUser('outsider@example.com'),
  };
  const projectId = await platform.seedProject('alpha', 'Alpha');
  await platform.seedMember(projectId, users.projectAdmin.id, 'admin');
  await platform.seedMember(projectId, users.readWrite.id, 'read_write');
  await platform.seedMember(projectId, users.read.id, 'read');
  await platform.seedMember(projectId, users.owner.id, 'admin');
  const run = await platform.seedRun(projectId);
  const orphan = await platform.seedRun(null);
  base = { platform, users, projectId, runId: run.id, orphanRunId: orphan.id };
});

afterAll(async () => {
  await platform?.stop();
});

async function auditCount(actorId: string, eventType: string): Promise<number> {
  const { rows } = await platform.db.query<{ count: string }>(
    `select count(*) from flow_events where actor_type = 'staff' and actor_id = $1 and event_type = $2`,
    [actorId, eventType],
  );
  return Number(rows[0]?.count ?? 0);
}

async function staffEventCount(): Promise<number> {
  const { rows } = await platform.db.query<{ count: string }>(
    `select count(*) from flow_events where actor_type = 'staff'`,
  );
  return Number(rows[0]?.count ?? 0);
}

describe('staff API RBAC matrix (SPEC §6)', () => {
  for (const row of table) {
    for (const who of everyone) {
      const expected = who === 'signedOut' ? 'UNAUTHORIZED' : row.allowed.includes(who) ? 'OK' : 'FORBIDDEN';
      it(`${row.procedure}${row.rule ? ` (${row.rule})` : ''} as ${who} → ${expected}`, async () => {
        const caller = who === 'signedOut' ? null : base.users[who];
        const fixture: Fixture = { ...base, caller, unique: next() };
        const input = await row.input(fixture);
        const before = await staffEventCount();
        const auditBefore = caller && row.audit ? await auditCount(caller.id, row.audit) : 0;

        const result = await platform.call(row.procedure, row.kind, input, caller);

        if (expected === 'OK') {
          expect(result.status, result.message).toBe(200);
          if (row.kind === 'mutation' && row.audit && caller) {
            // Who did what: actor staff + this user's id + the event type.
            expect(await auditCount(caller.id, row.audit)).toBe(auditBefore + (row.audits ?? 1));
          }
        } else {
          expect(result.code, result.message).toBe(expected);
          expect(result.status).toBe(expected === 'UNAUTHORIZED' ? 401 : 403);
          if (row.kind === 'mutation') expect(await staffEventCount()).toBe(before);
        }
      });
    }
  }

  // runs.watchEvents is a subscription (SSE); its access rule is tested in runs-live.test.ts.
  it('covers every staff procedure of SPEC §6', () => {
    const procedures = new Set(table.map((row) => row.procedure));
    for (const procedure of [
      'auth.me',
      'projects.list',
      'projects.get',
      'projects.upsert',
      'projects.create',
      'projects.update',
      'projects.delete',
      'runs.list',
      'runs.get',
      'runs.events',
      'runs.learningFeedback',
      'runs.cancel',
      'runs.rerun',
      'users.list',
      'users.create',
      'users.search',
      'users.delete',
      'members.list',
      'members.upsert',
      'members.delete',
      'members.setLearningModeOverride',
      'repositories.list',
      'repositories.upsert',
      'repositories.delete',
      'repositories.recoverDeliveries',
      'projects.triggers.get',
      'projects.triggers.set',
      'deliveries.list',
      'audit.list',
    ]) {
      expect(procedures.has(procedure), procedure).toBe(true);
    }
  });

  it('a non-member sees no projects and no runs in the unfiltered lists', async () => {
    const projects = await platform.call<{ items: unknown[] }>(
      'projects.list',
      'query',
      {},
      base.users.nonMember,
    );
    expect(projects.data?.items).toEqual([]);
    const runs = await platform.call<{ items: unknown[] }>('runs.list', 'query', {}, base.users.nonMember);
    expect(runs.data?.items).toEqual([]);
    const reader = await platform.call<{ items: Array<{ id: string; role: string }> }>(
      'projects.list',
      'query',
      {},
      base.users.read,
    );
    expect(reader.data?.items.map((project) => [project.id, project.role])).toEqual([
      [base.projectId, 'read'],
    ]);
    const readerRuns = await platform.call<{ items: Array<{ id: string; projectId: string | null }> }>(
      'runs.list',
      'query',
      {},
      base.users.read,
    );
    // The matrix seeded more runs (cancel rows): the reader sees runs of its project only, never the orphans.
    expect(readerRuns.data?.items.map((run) => run.id)).toContain(base.runId);
    expect(new Set(readerRuns.data?.items.map((run) => run.projectId))).toEqual(new Set([base.projectId]));
  });

  it("audit.list: who did what when; a project admin reads their project's entries only, newest first, paged", async () => {
    const other = await platform.seedProject(`audit-other-${next()}`, 'Other');
    const admin = base.users.admin;
    const renamed = await platform.call(
      'projects.update',
      'mutation',
      { projectId: other, name: 'Other 2' },
      admin,
    );
    expect(renamed.status, renamed.message).toBe(200);
    const ours = await platform.call(
      'projects.triggers.set',
      'mutation',
      { projectId: base.projectId, command: `/a${next()}` },
      base.users.projectAdmin,
    );
    expect(ours.status, ours.message).toBe(200);
    type Audit = {
      items: Array<{
        id: number;
        eventType: string;
        actorId: string;
        actorEmail: string | null;
        projectId: string | null;
        projectSlug: string | null;
        target: { kind: string; id: string } | null;
        createdAt: string;
      }>;
      nextCursor: string | null;
    };
    const all = await platform.call<Audit>('audit.list', 'query', { limit: 200 }, base.users.owner);
    const projectIds = new Set(all.data?.items.map((entry) => entry.projectId));
    expect(projectIds.has(other)).toBe(true);
    expect(projectIds.has(base.projectId)).toBe(true);
    expect(
      all.data?.items.find((entry) => entry.projectId === other && entry.eventType === 'project.updated'),
    ).toMatchObject({
      actorId: admin.id,
      actorEmail: admin.email,
      target: { kind: 'project', id: other },
    });
    const ids = all.data!.items.map((entry) => entry.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));

    const mine = await platform.call<Audit>(
      'audit.list',
      'query',
      { projectId: base.projectId, limit: 200 },
      base.users.projectAdmin,
    );
    expect(mine.status).toBe(200);
    expect(mine.data?.items.length).toBeGreaterThan(0);
    expect(new Set(mine.data?.items.map((entry) => entry.projectId))).toEqual(new Set([base.projectId]));
    expect(mine.data?.items[0]).toMatchObject({
      eventType: 'project.triggers_set',
      actorEmail: base.users.projectAdmin.email,
      target: { kind: 'project', id: base.projectId },
    });
    // Another project's trail is refused, not shown empty.
    const theirs = await platform.call('audit.list', 'query', { projectId: other }, base.users.projectAdmin);
    expect(theirs.code).toBe('FORBIDDEN');
    expect(theirs.reason).toBe('not_a_member');

    // By actor, paged: every entry is that actor's, pages neither repeat nor skip.
    const first = await platform.call<Audit>(
      'audit.list',
      'query',
      { actorId: admin.id, limit: 2 },
      base.users.owner,
    );
    expect(first.data?.items).toHaveLength(2);
    const second = await platform.call<Audit>(
      'audit.list',
      'query',
      { actorId: admin.id, limit: 2, cursor: first.data?.nextCursor },
      base.users.owner,
    );
    const paged = [...first.data!.items, ...second.data!.items];
    expect(paged.every((entry) => entry.actorId === admin.id)).toBe(true);
    expect(new Set(paged.map((entry) => entry.id)).size).toBe(paged.length);
    expect(second.data!.items[0]!.id).toBeLessThan(first.data!.items[1]!.id);
  });

  it("deliveries.list: members see their projects' deliveries only, admins also those without a project", async () => {
    const other = await platform.seedProject('beta', 'Beta');
    const seeded = {
      ours: `rbac-ours-${next()}`,
      theirs: `rbac-theirs-${next()}`,
      none: `rbac-none-${next()}`,
    };
    await platform.db.query(
      `insert into webhook_deliveries (delivery_id, event, received_at, project_id, outcome, reason) values
         ($1, 'issues', now(), $4, 'ignored', 'no_trigger'),
         ($2, 'issues', now(), $5, 'ignored', 'untrusted_sender'),
         ($3, 'issues', now(), null, 'ignored', 'no_trigger')`,
      [seeded.ours, seeded.theirs, seeded.none, base.projectId, other],
    );
    const seen = async (user: SeededUser, input: Record<string, unknown> = {}) => {
      const page = await platform.call<{ items: Array<{ deliveryId: string }> }>(
        'deliveries.list',
        'query',
        input,
        user,
      );
      expect(page.status, page.message).toBe(200);
      return page
        .data!.items.map((item) => item.deliveryId)
        .filter((id) => id.startsWith('rbac-'))
        .sort();
    };
    expect(await seen(base.users.read)).toEqual([seeded.ours]);
    expect(await seen(base.users.nonMember)).toEqual([]);
    expect(await seen(base.users.admin)).toEqual([seeded.none, seeded.ours, seeded.theirs].sort());
    expect(await seen(base.users.admin, { projectId: other })).toEqual([seeded.theirs]);
    expect(await seen(base.users.read, { outcome: 'run' })).toEqual([]);
  });

  it('the audit entry says who did what, never the token', async () => {
    const { rows } = await platform.db.query<{
      correlation_id: string;
      actor_id: string;
      payload: Record<string, unknown>;
    }>(
      `select correlation_id, actor_id, payload from flow_events where actor_type = 'staff' and event_type = 'repository.upserted' limit 1`,
    );
    const entry = rows[0]!;
    expect(entry.correlation_id).toMatch(/^staff:repository:[0-9a-f-]{36}$/);
    expect(entry.payload).toMatchObject({ project_id: base.projectId, provider: 'github' });
    expect(JSON.stringify(entry.payload)).not.toMatch(/ghp_/);
    expect(typeof entry.payload.request_id).toBe('string');
  });
});
