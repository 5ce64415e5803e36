/**
 * Staff API behaviour beyond RBAC, through the real edge, control-plane, PostgreSQL and the fake
 * GitHub API: input validation, verbatim storage, repository attach/detach against GitHub,
 * keyset pagination under concurrent inserts, and projects.delete.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintStaffJwt, trpc } from '../support/staff-api-client.js';
import { type SeededUser, startStaffPlatform, type StaffPlatform } from '../support/staff-platform.js';

let platform: StaffPlatform;
let owner: SeededUser;
let reader: SeededUser;
let projectId: string;

const defaultEvents = [
  'push',
  'pull_request',
  'issues',
  'issue_comment',
  'pull_request_review',
  'pull_request_review_comment',
];

beforeAll(async () => {
  platform = await startStaffPlatform();
  owner = await platform.seedUser(platform.secrets.ownerEmail, { owner: true });
  reader = await platform.seedUser('reader@example.com');
  projectId = await platform.seedProject('alpha', 'Alpha');
  await platform.seedMember(projectId, reader.id, 'read');
});

afterAll(async () => {
  await platform?.stop();
});

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await platform.db.query<{ count: string }>(sql, params);
  return Number(rows[0]?.count ?? 0);
}

async function writes(): Promise<string> {
  const { rows } = await platform.db.query(
    `select (select count(*) from projects) p, (select count(*) from users) u, (select count(*) from project_members) m,
            (select count(*) from repositories) r, (select count(*) from flow_events) f`,
  );
  return JSON.stringify(rows[0]);
}

describe('invalid input → BAD_REQUEST naming the field, nothing written', () => {
  const huge = 'x'.repeat(10 * 1024);
  const uuid = '00000000-0000-4000-8000-000000000000';
  const cases: Array<[string, 'query' | 'mutation', () => unknown, string]> = [
    ['projects.get', 'query', () => ({ projectId: 'not-a-uuid' }), 'projectId'],
    ['projects.get', 'query', () => ({ projectId: "1' or '1'='1" }), 'projectId'],
    ['projects.upsert', 'mutation', () => ({ slug: '', name: 'Empty slug' }), 'slug'],
    ['projects.upsert', 'mutation', () => ({ slug: '   ', name: 'Blank slug' }), 'slug'],
    ['projects.upsert', 'mutation', () => ({ slug: 'ok-slug', name: huge }), 'name'],
    ['projects.upsert', 'mutation', () => ({ slug: huge, name: 'Long slug' }), 'slug'],
    ['projects.upsert', 'mutation', () => ({ slug: 'ok-slug', name: '' }), 'name'],
    ['projects.delete', 'mutation', () => ({ projectId: 42 }), 'projectId'],
    ['runs.list', 'query', () => ({ limit: -1 }), 'limit'],
    ['runs.list', 'query', () => ({ limit: 0 }), 'limit'],
    ['runs.list', 'query', () => ({ limit: 201 }), 'limit'],
    ['runs.list', 'query', () => ({ limit: 1.5 }), 'limit'],
    ['runs.list', 'query', () => ({ status: 'exploded' }), 'status'],
    ['runs.list', 'query', () => ({ projectId: 'nope' }), 'projectId'],
    ['runs.list', 'query', () => ({ cursor: 'not-a-cursor' }), 'cursor'],
    ['runs.list', 'query', () => ({ cursor: huge }), 'cursor'],
    ['runs.get', 'query', () => ({ runId: '' }), 'runId'],
    ['runs.events', 'query', () => ({ runId: uuid, limit: -5 }), 'limit'],
    ['runs.learningFeedback', 'query', () => ({ runId: 'x' }), 'runId'],
    ['users.list', 'query', () => ({ limit: -1 }), 'limit'],
    ['users.create', 'mutation', () => ({ email: '' }), 'email'],
    ['users.create', 'mutation', () => ({ email: 'not an email' }), 'email'],
    ['users.create', 'mutation', () => ({ email: `${huge}@example.com` }), 'email'],
    [
      'users.create',
      'mutation',
      () => ({ email: 'ok@example.com', isPlatformAdmin: 'yes' }),
      'isPlatformAdmin',
    ],
    ['users.delete', 'mutation', () => ({ userId: 'drop table users' }), 'userId'],
    ['members.list', 'query', () => ({ projectId: 'x' }), 'projectId'],
    ['members.upsert', 'mutation', () => ({ projectId, userId: reader.id, role: 'superuser' }), 'role'],
    ['members.upsert', 'mutation', () => ({ projectId, role: 'read' }), 'userId'],
    ['members.upsert', 'mutation', () => ({ projectId, email: 'bad', role: 'read' }), 'email'],
    ['members.delete', 'mutation', () => ({ projectId, userId: 'x' }), 'userId'],
    [
      'members.setLearningModeOverride',
      'mutation',
      () => ({ projectId, userId: reader.id, enabled: 'yes' }),
      'enabled',
    ],
    ['repositories.list', 'query', () => ({ projectId: 'x' }), 'projectId'],
    [
      'repositories.upsert',
      'mutation',
      () => ({ projectId, provider: 'gitlab', owner: 'acme', name: 'app', token: 't' }),
      'provider',
    ],
    [
      'repositories.upsert',
      'mutation',
      () => ({ projectId, provider: 'github', owner: 'acme', name: 'app', token: '' }),
      'token',
    ],
    [
      'repositories.upsert',
      'mutation',
      () => ({ projectId, provider: 'github', owner: '', name: 'app', token: 't' }),
      'owner',
    ],
    [
      'repositories.upsert',
      'mutation',
      () => ({ projectId, provider: 'github', owner: 'acme', name: huge, token: 't' }),
      'name',
    ],
    [
      'repositories.upsert',
      'mutation',
      () => ({
        projectId,
        provider: 'github',
        owner: 'acme',
        name: 'app',
        token: 't',
        servicesYamlPath: huge,
      }),
      'servicesYamlPath',
    ],
    ['repositories.delete', 'mutation', () => ({ projectId, repositoryId: 'x' }), 'repositoryId'],
  ];
  cases.forEach(([procedure, kind, input, field], index) => {
    it(`#${index} ${procedure} → BAD_REQUEST naming ${field}`, async () => {
      const before = await writes();
      const result = await platform.call(procedure, kind, input(), owner);
      expect(result.code, result.message).toBe('BAD_REQUEST');
      expect(result.status).toBe(400);
      expect(result.message).toContain(field);
      expect(await writes()).toBe(before);
      expect(platform.github.repoRequests()).toHaveLength(0);
    });
  });
});

describe('a NUL character in any text input → BAD_REQUEST naming the field, nothing written', () => {
  const uuid = '00000000-0000-4000-8000-000000000000';
  const repository = { provider: 'github', owner: 'acme', name: 'app', token: 'ghp_token' };
  const cases: Array<[string, 'query' | 'mutation', string, () => unknown]> = [
    ['projects.upsert', 'mutation', 'name', () => ({ slug: 'nul-name', name: 'a\u0000b' })],
    ['projects.upsert', 'mutation', 'slug', () => ({ slug: 'nul\u0000slug', name: 'Nul' })],
    ['users.create', 'mutation', 'email', () => ({ email: 'nul\u0000@example.com' })],
    [
      'members.upsert',
      'mutation',
      'email',
      () => ({ projectId, email: 'a\u0000@example.com', role: 'read' }),
    ],
    ['repositories.upsert', 'mutation', 'token', () => ({ projectId, ...repository, token: 'ghp_\u0000' })],
    [
      'repositories.upsert',
      'mutation',
      'servicesYamlPath',
      () => ({ projectId, ...repository, servicesYamlPath: 'services\u0000.yaml' }),
    ],
    ['runs.list', 'query', 'cursor', () => ({ cursor: 'abc\u0000' })],
    ['runs.events', 'query', 'cursor', () => ({ runId: uuid, cursor: '\u0000' })],
  ];
  it.each(cases)('%s (%s) → BAD_REQUEST naming %s', async (procedure, kind, field, input) => {
    const before = await writes();
    const result = await platform.call(procedure, kind, input(), owner);
    expect(result.status, result.message).toBe(400);
    expect(result.code).toBe('BAD_REQUEST');
    expect(result.message).toBe(`${field}: must not contain a NUL character (\\u0000)`);
    expect(await writes()).toBe(before);
    expect(platform.github.repoRequests()).toHaveLength(0);
  });
});

describe('strings are stored verbatim', () => {
  it('quotes, SQL fragments, placeholders and unicode survive the round trip', async () => {
    const name = `Robert'); DROP TABLE projects;-- "quoted" ? $1 \\ 🚀`;
    const result = await platform.call<{ project: { id: string; name: string } }>(
      'projects.upsert',
      'mutation',
      { slug: 'bobby', name },
      owner,
    );
    expect(result.data?.project.name).toBe(name);
    const { rows } = await platform.db.query<{ name: string }>('select name from projects where slug = $1', [
      'bobby',
    ]);
    expect(rows[0]?.name).toBe(name);

    const email = "o'brien+test@example.com";
    const user = await platform.call<{ user: { email: string } }>(
      'users.create',
      'mutation',
      { email, isPlatformAdmin: false },
      owner,
    );
    expect(user.data?.user.email).toBe(email);
    expect(await count('select count(*) from users where email = $1', [email])).toBe(1);

    const servicesYamlPath = `deploy/it's "x"; drop table repositories;--.yaml`;
    platform.github.addRepository({ owner: 'acme', name: 'verbatim', id: 777, tokens: ['ghp_verbatim'] });
    const repo = await platform.call<{ servicesYamlPath: string }>(
      'repositories.upsert',
      'mutation',
      {
        projectId,
        provider: 'github',
        owner: 'acme',
        name: 'verbatim',
        token: 'ghp_verbatim',
        servicesYamlPath,
      },
      owner,
    );
    expect(repo.data?.servicesYamlPath).toBe(servicesYamlPath);
    expect(
      await count('select count(*) from repositories where services_yaml_path = $1', [servicesYamlPath]),
    ).toBe(1);
  });
});

describe('repositories against GitHub', () => {
  it('a token GitHub rejects (401) → a clear error, nothing stored', async () => {
    platform.github.addRepository({ owner: 'acme', name: 'private-app', id: 4242, tokens: ['ghp_good'] });
    const before = await writes();
    const result = await platform.call(
      'repositories.upsert',
      'mutation',
      { projectId, provider: 'github', owner: 'acme', name: 'private-app', token: 'ghp_wrong' },
      owner,
    );
    expect(result.code).toBe('BAD_REQUEST');
    expect(result.message).toMatch(/token.*401/);
    expect(result.reason).toBe('github_token_rejected');
    expect(result.details).toEqual({ status: 401 });
    expect(result.message).not.toContain('ghp_wrong');
    expect(await writes()).toBe(before);
    expect(platform.github.repositories.get('acme/private-app')?.hooks).toEqual([]);
  });

  it('a repository GitHub does not know (404) → NOT_FOUND, nothing stored', async () => {
    const before = await writes();
    const result = await platform.call(
      'repositories.upsert',
      'mutation',
      { projectId, provider: 'github', owner: 'acme', name: 'missing', token: 'ghp_good' },
      owner,
    );
    expect(result.code).toBe('NOT_FOUND');
    expect(result.message).toMatch(/acme\/missing.*404/);
    expect(result.reason).toBe('github_repository_not_found');
    expect(result.details).toEqual({ status: 404 });
    expect(await writes()).toBe(before);
  });

  it.each([500, 503])(
    'GitHub answering %i → BAD_GATEWAY with reason github_refused and the status, never "unavailable", nothing stored',
    async (status) => {
      platform.github.failWith(status);
      try {
        const before = await writes();
        const result = await platform.call(
          'repositories.upsert',
          'mutation',
          { projectId, provider: 'github', owner: 'acme', name: 'private-app', token: 'ghp_good' },
          owner,
        );
        expect(result.status).toBe(502);
        expect(result.code).toBe('BAD_GATEWAY');
        expect(result.reason).toBe('github_refused');
        expect(result.details).toEqual({ status });
        expect(result.message).toContain(`GitHub answered ${status}`);
        expect(await writes()).toBe(before);
      } finally {
        platform.github.failWith(null);
      }
    },
  );

  it('GitHub unreachable → BAD_GATEWAY with reason github_unreachable, nothing stored', async () => {
    platform.github.failWith('hang-up');
    try {
      const before = await writes();
      const result = await platform.call(
        'repositories.upsert',
        'mutation',
        { projectId, provider: 'github', owner: 'acme', name: 'private-app', token: 'ghp_good' },
        owner,
      );
      expect(result.code).toBe('BAD_GATEWAY');
      expect(result.reason).toBe('github_unreachable');
      expect(result.details).toEqual({});
      expect(await writes()).toBe(before);
    } finally {
      platform.github.failWith(null);
    }
  });

  it('success: the hook is created with the right URL, secret and events; the token is stored encrypted; re-attach updates the same hook; delete removes it', async () => {
    const token = 'ghp_attach_secret_token_value';
    const fake = platform.github.addRepository({
      owner: 'Acme',
      name: 'App',
      id: 5151,
      tokens: [token, 'ghp_rotated'],
    });
    const attached = await platform.call<Record<string, unknown>>(
      'repositories.upsert',
      'mutation',
      { projectId, provider: 'github', owner: 'acme', name: 'app', token },
      owner,
    );
    expect(attached.status, attached.message).toBe(200);
    // Canonical spelling from GitHub, no secrets in the answer.
    expect(attached.data).toMatchObject({
      projectId,
      provider: 'github',
      externalId: 5151,
      owner: 'Acme',
      name: 'App',
      servicesYamlPath: 'services.yaml',
    });
    expect(Object.keys(attached.data ?? {}).some((key) => /token|secret|cipher/i.test(key))).toBe(false);
    expect(JSON.stringify(attached.data)).not.toContain(token);

    expect(fake.hooks).toHaveLength(1);
    const hook = fake.hooks[0]!;
    expect(hook.config).toMatchObject({
      url: `${platform.publicBaseUrl}/api/v1/webhooks/github`,
      content_type: 'json',
      secret: platform.secrets.webhookSecret,
    });
    expect(hook.events).toEqual(defaultEvents);
    const create = platform.github
      .repoRequests()
      .find((request) => request.method === 'POST' && request.path === '/repos/Acme/App/hooks');
    expect(create?.headers.authorization).toMatch(new RegExp(`${token}$`));

    const { rows } = await platform.db.query<{ token_encrypted: Buffer; webhook_id: string }>(
      'select token_encrypted, webhook_id from repositories where external_id = 5151',
    );
    const stored = rows[0]!;
    expect(stored.token_encrypted.includes(Buffer.from(token))).toBe(false);
    expect(stored.token_encrypted.toString('latin1')).not.toContain(token);
    expect(stored.token_encrypted.length).toBeGreaterThan(token.length);
    expect(Number(stored.webhook_id)).toBe(hook.id);

    // The listing never carries the token either.
    const listed = await platform.call<{ items: Array<Record<string, unknown>> }>(
      'repositories.list',
      'query',
      { projectId },
      reader,
    );
    expect(listed.data?.items.map((item) => item.name)).toContain('App');
    expect(JSON.stringify(listed.data)).not.toMatch(/ghp_|token/i);

    // Re-attach with a rotated token: same row, same hook (PATCHed), new ciphertext.
    const again = await platform.call<{ id: string }>(
      'repositories.upsert',
      'mutation',
      { projectId, provider: 'github', owner: 'Acme', name: 'App', token: 'ghp_rotated' },
      owner,
    );
    expect(again.data?.id).toBe(attached.data?.id);
    expect(fake.hooks).toHaveLength(1);
    expect(
      platform.github
        .repoRequests()
        .some((request) => request.method === 'PATCH' && request.path === `/repos/Acme/App/hooks/${hook.id}`),
    ).toBe(true);
    const rotated = await platform.db.query<{ token_encrypted: Buffer }>(
      'select token_encrypted from repositories where external_id = 5151',
    );
    expect(rotated.rows[0]!.token_encrypted.equals(stored.token_encrypted)).toBe(false);

    const removed = await platform.call(
      'repositories.delete',
      'mutation',
      { projectId, repositoryId: attached.data?.id },
      owner,
    );
    expect(removed.status, removed.message).toBe(200);
    expect(fake.hooks).toHaveLength(0);
    expect(await count('select count(*) from repositories where external_id = 5151')).toBe(0);
    const audit = await platform.db.query<{ payload: Record<string, unknown> }>(
      `select payload from flow_events where event_type = 'repository.deleted' and actor_id = $1`,
      [owner.id],
    );
    expect(audit.rows[0]?.payload).toMatchObject({ full_name: 'Acme/App', webhook_removed: true });
  });

  it('the same GitHub repository cannot be bound to two projects', async () => {
    const other = await platform.seedProject('beta');
    platform.github.addRepository({ owner: 'acme', name: 'shared', id: 6161, tokens: ['ghp_shared'] });
    const first = await platform.call(
      'repositories.upsert',
      'mutation',
      { projectId, provider: 'github', owner: 'acme', name: 'shared', token: 'ghp_shared' },
      owner,
    );
    expect(first.status).toBe(200);
    const second = await platform.call(
      'repositories.upsert',
      'mutation',
      { projectId: other, provider: 'github', owner: 'acme', name: 'shared', token: 'ghp_shared' },
      owner,
    );
    expect(second.code).toBe('CONFLICT');
    expect(second.reason).toBe('repository_taken');
    expect(await count('select count(*) from repositories where external_id = 6161')).toBe(1);
  });
});

describe('refusals carry a stable reason code and safe details (issue 21)', () => {
  it('adding a member who is not a user → NOT_FOUND, reason user_not_found; nothing written', async () => {
    const before = await writes();
    const result = await platform.call(
      'members.upsert',
      'mutation',
      { projectId, email: 'nobody-here@example.com', role: 'read' },
      owner,
    );
    expect(result.code).toBe('NOT_FOUND');
    expect(result.reason).toBe('user_not_found');
    expect(result.details).toEqual({});
    expect(await writes()).toBe(before);
  });

  it('the owner deleting themselves → FORBIDDEN self_delete; an admin deleting the owner → FORBIDDEN owner_protected', async () => {
    const self = await platform.call('users.delete', 'mutation', { userId: owner.id }, owner);
    expect(self.code).toBe('FORBIDDEN');
    expect(self.reason).toBe('self_delete');
    const admin = await platform.seedUser('reasons-admin@example.com', { admin: true });
    const ownerTarget = await platform.call('users.delete', 'mutation', { userId: owner.id }, admin);
    expect(ownerTarget.code).toBe('FORBIDDEN');
    expect(ownerTarget.reason).toBe('owner_protected');
  });

  it('canceling a finished run → PRECONDITION_FAILED not_cancelable with its status; an unknown run → run_not_found', async () => {
    const run = await platform.seedRun(projectId, { status: 'succeeded' });
    const finished = await platform.call('runs.cancel', 'mutation', { runId: run.id }, owner);
    expect(finished.code).toBe('PRECONDITION_FAILED');
    expect(finished.reason).toBe('not_cancelable');
    expect(finished.details).toEqual({ status: 'succeeded' });
    const unknown = await platform.call(
      'runs.get',
      'query',
      { runId: '00000000-0000-4000-8000-000000000000' },
      owner,
    );
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.reason).toBe('run_not_found');
  });

  it('a refusal of the policy names its rule; a malformed field names the field', async () => {
    const refused = await platform.call('users.list', 'query', {}, reader);
    expect(refused.code).toBe('FORBIDDEN');
    expect(refused.reason).toBe('platform_admin_only');
    const malformed = await platform.call(
      'repositories.upsert',
      'mutation',
      { projectId, provider: 'github', owner: '-bad-', name: 'app', token: 'ghp_good' },
      owner,
    );
    expect(malformed.code).toBe('BAD_REQUEST');
    expect(malformed.reason).toBe('invalid_field');
    expect(malformed.details).toEqual({ field: 'owner' });
  });
});

describe('projects.create and projects.update (issue 21)', () => {
  it('create refuses an existing slug: CONFLICT slug_taken, the project keeps its name, nothing written', async () => {
    const before = await writes();
    const result = await platform.call(
      'projects.create',
      'mutation',
      { slug: 'alpha', name: 'Renamed?' },
      owner,
    );
    expect(result.code).toBe('CONFLICT');
    expect(result.status).toBe(409);
    expect(result.reason).toBe('slug_taken');
    expect(result.details).toEqual({ slug: 'alpha' });
    expect(await writes()).toBe(before);
    const { rows } = await platform.db.query<{ name: string }>(
      `select name from projects where slug = 'alpha'`,
    );
    expect(rows[0]?.name).toBe('Alpha');
  });

  it('create takes the learning-mode default given, else the platform default; the audit names the project', async () => {
    type Created = {
      project: { id: string; slug: string; name: string; learningModeDefault: boolean; role: string };
    };
    const on = await platform.call<Created>(
      'projects.create',
      'mutation',
      { slug: 'created-on', name: 'Created On', learningModeDefault: true },
      owner,
    );
    expect(on.data?.project).toMatchObject({
      slug: 'created-on',
      name: 'Created On',
      learningModeDefault: true,
      role: 'admin',
    });
    const plain = await platform.call<Created>(
      'projects.create',
      'mutation',
      { slug: 'created-plain', name: 'Plain' },
      owner,
    );
    expect(plain.data?.project.learningModeDefault).toBe(false);
    const audit = await platform.db.query<{ actor_id: string; payload: Record<string, unknown> }>(
      `select actor_id, payload from flow_events where event_type = 'project.created' and correlation_id = $1`,
      [`staff:project:${on.data?.project.id}`],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]).toMatchObject({
      actor_id: owner.id,
      payload: { slug: 'created-on', learning_mode_default: true },
    });
  });

  it('update renames and changes the learning-mode default; absent fields stay; unknown → NOT_FOUND', async () => {
    type Updated = { project: { id: string; name: string; slug: string; learningModeDefault: boolean } };
    const id = await platform.seedProject('to-edit', 'Before');
    const renamed = await platform.call<Updated>(
      'projects.update',
      'mutation',
      { projectId: id, name: 'After' },
      owner,
    );
    expect(renamed.data?.project).toMatchObject({
      id,
      slug: 'to-edit',
      name: 'After',
      learningModeDefault: false,
    });
    const toggled = await platform.call<Updated>(
      'projects.update',
      'mutation',
      { projectId: id, learningModeDefault: true },
      owner,
    );
    expect(toggled.data?.project).toMatchObject({ name: 'After', learningModeDefault: true });
    const audit = await platform.db.query<{ payload: Record<string, unknown> }>(
      `select payload from flow_events where event_type = 'project.updated' and correlation_id = $1 order by id`,
      [`staff:project:${id}`],
    );
    expect(audit.rows.map((row) => row.payload)).toMatchObject([
      {
        before: { name: 'Before', learning_mode_default: false },
        after: { name: 'After', learning_mode_default: false },
      },
      {
        before: { name: 'After', learning_mode_default: false },
        after: { name: 'After', learning_mode_default: true },
      },
    ]);
    const unknown = await platform.call(
      'projects.update',
      'mutation',
      { projectId: '00000000-0000-4000-8000-000000000000', name: 'x' },
      owner,
    );
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.reason).toBe('project_not_found');
    const empty = await platform.call('projects.update', 'mutation', { projectId: id, name: '  ' }, owner);
    expect(empty.code).toBe('BAD_REQUEST');
    expect(empty.details).toEqual({ field: 'name' });
  });
});

describe('users.search (issue 21: the member picker)', () => {
  it('matches a case-insensitive prefix of the email or the GitHub login, by email; LIKE wildcards match literally', async () => {
    await platform.seedUser('picker-anna@example.com');
    await platform.seedUser('picker-bob@example.com');
    await platform.seedUser('other_person@example.com');
    await platform.db.query(
      `update users set github_login = 'PickerCat' where email = 'other_person@example.com'`,
    );
    type Found = { items: Array<{ email: string; githubLogin: string | null; lastSignInAt: string | null }> };
    const byEmail = await platform.call<Found>(
      'users.search',
      'query',
      { query: 'PICKER-', limit: 10 },
      owner,
    );
    expect(byEmail.data?.items.map((user) => user.email)).toEqual([
      'picker-anna@example.com',
      'picker-bob@example.com',
    ]);
    const byLogin = await platform.call<Found>(
      'users.search',
      'query',
      { query: 'pickercat', limit: 10 },
      owner,
    );
    expect(byLogin.data?.items.map((user) => user.email)).toEqual(['other_person@example.com']);
    const wildcard = await platform.call<Found>('users.search', 'query', { query: '%', limit: 10 }, owner);
    expect(wildcard.data?.items).toEqual([]);
    const underscore = await platform.call<Found>(
      'users.search',
      'query',
      { query: 'other_', limit: 10 },
      owner,
    );
    expect(underscore.data?.items.map((user) => user.email)).toEqual(['other_person@example.com']);
    const limited = await platform.call<Found>('users.search', 'query', { query: 'picker', limit: 1 }, owner);
    expect(limited.data?.items).toHaveLength(1);
    const tooMany = await platform.call('users.search', 'query', { query: 'picker', limit: 51 }, owner);
    expect(tooMany.code).toBe('BAD_REQUEST');
  });
});

describe('runs.events name staff actors by email (issue 21)', () => {
  it('a cancel shows who did it as an email; system events and deleted users carry none', async () => {
    const canceller = await platform.seedUser('canceller@example.com', { admin: true });
    const run = await platform.seedRun(projectId);
    await platform.db.query(
      `insert into flow_events (correlation_id, actor_type, actor_id, event_type) values ($1, 'system', 'github-webhook', 'webhook.received')`,
      [run.correlationId],
    );
    expect((await platform.call('runs.cancel', 'mutation', { runId: run.id }, canceller)).status).toBe(200);
    type Events = {
      items: Array<{ eventType: string; actorType: string; actorId: string; actorEmail: string | null }>;
    };
    const events = await platform.call<Events>('runs.events', 'query', { runId: run.id }, owner);
    expect(events.data?.items.map((event) => [event.eventType, event.actorEmail])).toEqual([
      ['webhook.received', null],
      ['run.canceled', 'canceller@example.com'],
    ]);
    const audit = await platform.db.query<{ project_id: string | null }>(
      `select project_id from flow_events where correlation_id = $1 and event_type = 'run.canceled'`,
      [run.correlationId],
    );
    expect(audit.rows[0]?.project_id).toBe(projectId);
    await platform.db.query('delete from users where id = $1', [canceller.id]);
    const after = await platform.call<Events>('runs.events', 'query', { runId: run.id }, owner);
    expect(after.data?.items.at(-1)).toMatchObject({ actorId: canceller.id, actorEmail: null });
  });
});

describe('projects.delete', () => {
  it('removes the webhooks (best effort), the flow events of its runs and cascades the rest', async () => {
    const doomed = await platform.seedProject('doomed');
    const member = await platform.seedUser('doomed-member@example.com');
    await platform.seedMember(doomed, member.id, 'read_write');
    const fake = platform.github.addRepository({
      owner: 'acme',
      name: 'doomed-app',
      id: 8181,
      tokens: ['ghp_doomed'],
    });
    const attached = await platform.call(
      'repositories.upsert',
      'mutation',
      { projectId: doomed, provider: 'github', owner: 'acme', name: 'doomed-app', token: 'ghp_doomed' },
      owner,
    );
    expect(attached.status).toBe(200);
    expect(fake.hooks).toHaveLength(1);
    const runs = [await platform.seedRun(doomed), await platform.seedRun(doomed)];
    const survivor = await platform.seedRun(projectId);
    for (const run of [...runs, survivor]) {
      await platform.db.query(
        `insert into flow_events (correlation_id, actor_type, actor_id, event_type) values ($1, 'system', 'test', 'webhook.received')`,
        [run.correlationId],
      );
    }
    await platform.db.query(
      `insert into learning_feedback (run_id, kind, explanation) values ($1, 'inline', 'why')`,
      [runs[0]!.id],
    );

    const result = await platform.call('projects.delete', 'mutation', { projectId: doomed }, owner);
    expect(result.status, result.message).toBe(200);

    expect(fake.hooks).toHaveLength(0);
    expect(await count('select count(*) from projects where id = $1', [doomed])).toBe(0);
    expect(await count('select count(*) from agent_runs where project_id = $1', [doomed])).toBe(0);
    expect(
      await count('select count(*) from flow_events where correlation_id = any($1)', [
        runs.map((run) => run.correlationId),
      ]),
    ).toBe(0);
    expect(
      await count('select count(*) from flow_events where correlation_id = $1', [survivor.correlationId]),
    ).toBe(1);
    expect(await count('select count(*) from project_members where project_id = $1', [doomed])).toBe(0);
    expect(await count('select count(*) from repositories where project_id = $1', [doomed])).toBe(0);
    expect(await count('select count(*) from learning_feedback where run_id = $1', [runs[0]!.id])).toBe(0);
    expect(await count('select count(*) from users where id = $1', [member.id])).toBe(1);
    const audit = await platform.db.query<{ payload: Record<string, unknown>; correlation_id: string }>(
      `select payload, correlation_id from flow_events where event_type = 'project.deleted' and actor_id = $1`,
      [owner.id],
    );
    expect(audit.rows[0]).toMatchObject({
      correlation_id: `staff:project:${doomed}`,
      payload: {
        slug: 'doomed',
        runs_deleted: 2,
        flow_events_deleted: 2,
        repositories: 1,
        webhooks_removed: 1,
      },
    });
  });

  it('GitHub failing does not stop the deletion', async () => {
    const doomed = await platform.seedProject('doomed-2');
    platform.github.addRepository({ owner: 'acme', name: 'doomed-two', id: 9191, tokens: ['ghp_doomed2'] });
    expect(
      (
        await platform.call(
          'repositories.upsert',
          'mutation',
          { projectId: doomed, provider: 'github', owner: 'acme', name: 'doomed-two', token: 'ghp_doomed2' },
          owner,
        )
      ).status,
    ).toBe(200);
    platform.github.failWith(500);
    try {
      const result = await platform.call('projects.delete', 'mutation', { projectId: doomed }, owner);
      expect(result.status, result.message).toBe(200);
    } finally {
      platform.github.failWith(null);
    }
    expect(await count('select count(*) from projects where id = $1', [doomed])).toBe(0);
    await platform.controlPlane.process.waitForOutput(/could not remove the GitHub webhook/);
  });

  it('an unknown project is NOT_FOUND', async () => {
    const result = await platform.call(
      'projects.delete',
      'mutation',
      { projectId: '00000000-0000-4000-8000-000000000001' },
      owner,
    );
    expect(result.code).toBe('NOT_FOUND');
  });
});

describe('keyset pagination', () => {
  it('walks 10,000 runs without gaps or repeats while new runs keep arriving', async () => {
    const walkProject = await platform.seedProject('walk');
    const walker = await platform.seedUser('walker@example.com');
    await platform.seedMember(walkProject, walker.id, 'read');
    // Three runs share each microsecond timestamp: ties must be broken by id, precision kept to the microsecond.
    await platform.db.query(
      `insert into agent_runs (correlation_id, project_id, status, created_at)
       select 'walk-' || i, $1, (array['pending','running','succeeded','failed','canceled'])[1 + i % 5],
              timestamptz '2026-01-01 00:00:00+00' + ((i / 3) * 337) * interval '1 microsecond'
       from generate_series(1, 10000) as i`,
      [walkProject],
    );
    const expected = new Set(
      (
        await platform.db.query<{ id: string }>('select id from agent_runs where project_id = $1', [
          walkProject,
        ])
      ).rows.map((row) => row.id),
    );
    expect(expected.size).toBe(10_000);

    let inserted = 0;
    const walk = async (caller: SeededUser, input: Record<string, unknown>, limit: number) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (;;) {
        const page: { data?: { items: Array<{ id: string }>; nextCursor: string | null }; message?: string } =
          await platform.call('runs.list', 'query', { ...input, limit, cursor }, caller);
        if (!page.data) throw new Error(page.message);
        seen.push(...page.data.items.map((item) => item.id));
        // New runs arrive between pages (newer than anything already listed).
        await platform.db.query(
          `insert into agent_runs (correlation_id, project_id) select 'late-' || $2 || '-' || g, $1 from generate_series(1, 3) g`,
          [walkProject, inserted++],
        );
        if (!page.data.nextCursor) break;
        cursor = page.data.nextCursor;
      }
      return seen;
    };

    // A member, unfiltered (the per-project merge), and an admin filtered by project.
    for (const [caller, input, limit] of [
      [walker, {}, 200],
      [owner, { projectId: walkProject }, 137],
    ] as const) {
      const startedAt = new Date();
      const seen = await walk(caller, input, limit);
      const late = new Set(
        (
          await platform.db.query<{ id: string }>(
            `select id from agent_runs where project_id = $1 and correlation_id like 'late-%' and created_at < $2`,
            [walkProject, startedAt],
          )
        ).rows.map((row) => row.id),
      );
      expect(new Set(seen).size).toBe(seen.length);
      const seeded = seen.filter((id) => expected.has(id));
      expect(seeded.length).toBe(10_000);
      // Anything else listed arrived before this walk began (never one that arrived during it).
      expect(seen.filter((id) => !expected.has(id)).every((id) => late.has(id))).toBe(true);
    }
  });

  it("lists a member's runs in exact order where they are dense among all runs and where they are rare", async () => {
    // Recent history: every other run is the member's. Older history: one in a hundred, too rare
    // for the walk over the newest runs to fill a page, so those pages come from the per-project plan.
    const mine = await platform.seedProject('dense-and-rare');
    const others = await platform.seedProject('everyone-else');
    const member = await platform.seedUser('dense-and-rare@example.com');
    await platform.seedMember(mine, member.id, 'read');
    await platform.db.query(
      `insert into agent_runs (correlation_id, project_id, status, created_at)
       select 'mixed-' || i,
              case when (i <= 400 and i % 2 = 0) or (i > 400 and i % 100 = 0) then $1::uuid else $2::uuid end,
              (array['pending','running','succeeded','failed','canceled'])[1 + (i / 2) % 5],
              timestamptz '2030-01-01 00:00:00+00' - i * interval '1 second'
       from generate_series(1, 6400) as i`,
      [mine, others],
    );
    const expectedOrder = async (status: string | null) =>
      (
        await platform.db.query<{ id: string }>(
          `select id from agent_runs where project_id = $1 and ($2::text is null or status = $2)
           order by created_at desc, id desc`,
          [mine, status],
        )
      ).rows.map((row) => row.id);
    const listAll = async (input: Record<string, unknown>) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { data?: { items: Array<{ id: string }>; nextCursor: string | null }; message?: string } =
          await platform.call('runs.list', 'query', { ...input, limit: 25, cursor }, member);
        if (!page.data) throw new Error(page.message);
        seen.push(...page.data.items.map((item) => item.id));
        cursor = page.data.nextCursor;
      } while (cursor);
      return seen;
    };

    const all = await expectedOrder(null);
    expect(all.length).toBe(200 + 60);
    expect(await listAll({})).toEqual(all);
    const succeeded = await expectedOrder('succeeded');
    expect(succeeded.length).toBeGreaterThan(25);
    expect(await listAll({ status: 'succeeded' })).toEqual(succeeded);
  });

  it("decides on the user as stored, not on the token's admin claim", async () => {
    // runs.list and projects.list read the page in the scope the token claims, together with the
    // caller; a claim gone stale since sign-in must neither widen nor narrow what the caller sees.
    const theirs = await platform.seedProject('claims-theirs');
    const elsewhere = await platform.seedProject('claims-elsewhere');
    const demoted = await platform.seedUser('demoted@example.com');
    const promoted = await platform.seedUser('promoted@example.com', { admin: true });
    await platform.seedMember(theirs, demoted.id, 'read');
    const theirRun = await platform.seedRun(theirs);
    const otherRun = await platform.seedRun(elsewhere);
    // Newest of all (other tests seeded runs dated up to 2030), so both are on the first page.
    await platform.db.query(
      `update agent_runs set created_at = timestamptz '2040-01-01 00:00:00+00' where id = any($1::uuid[])`,
      [[theirRun.id, otherRun.id]],
    );
    const tokenAs = (user: SeededUser, claimsAdmin: boolean) =>
      mintStaffJwt(platform.secrets.jwtSigningKey, {
        ...user,
        githubLogin: '',
        isPlatformAdmin: claimsAdmin,
      });
    const listAs = async (
      procedure: 'runs.list' | 'projects.list',
      user: SeededUser,
      claimsAdmin: boolean,
    ) => {
      const page = await trpc<{ items: Array<{ id: string; projectId?: string; role?: string }> }>(
        platform.edge.url,
        procedure,
        'query',
        { limit: 200 },
        await tokenAs(user, claimsAdmin),
      );
      expect(page.status, page.message).toBe(200);
      return page.data?.items ?? [];
    };

    // A token that still says admin: only the member's own projects, with the member's role.
    const runsAsDemoted = await listAs('runs.list', demoted, true);
    expect(runsAsDemoted.map((run) => run.id)).toContain(theirRun.id);
    expect(runsAsDemoted.every((run) => run.projectId === theirs)).toBe(true);
    expect(await listAs('projects.list', demoted, true)).toEqual([
      expect.objectContaining({ id: theirs, role: 'read' }),
    ]);
    // A token from before the promotion: everything, another project's newest run included.
    const runsAsPromoted = await listAs('runs.list', promoted, false);
    expect(runsAsPromoted.map((run) => run.id)).toContain(otherRun.id);
    expect(runsAsPromoted.map((run) => run.id)).toContain(theirRun.id);
    const projectsAsPromoted = await listAs('projects.list', promoted, false);
    expect(projectsAsPromoted.map((project) => project.id)).toEqual(
      expect.arrayContaining([theirs, elsewhere]),
    );
    expect(projectsAsPromoted.every((project) => project.role === 'admin')).toBe(true);
    // And a user deleted since sign-in is refused, whatever the token says.
    const gone = await platform.seedUser('gone@example.com');
    await platform.db.query('delete from users where id = $1', [gone.id]);
    for (const claimsAdmin of [true, false]) {
      for (const procedure of ['runs.list', 'projects.list']) {
        const refused = await trpc(
          platform.edge.url,
          procedure,
          'query',
          { limit: 10 },
          await tokenAs(gone, claimsAdmin),
        );
        expect(refused.code, procedure).toBe('FORBIDDEN');
      }
    }
  });

  it('run reads: an unknown run is NOT_FOUND, a run without a project is for platform admins, a deleted caller is refused', async () => {
    const run = await platform.seedRun(projectId);
    const orphan = await platform.seedRun(null);
    await platform.db.query(
      `insert into flow_events (correlation_id, actor_type, actor_id, event_type, payload) values ($1, 'system', 'x', 'orphan.step', '{}')`,
      [orphan.correlationId],
    );
    const unknownRun = '00000000-0000-4000-8000-00000000dead';
    const outsider = await platform.seedUser('run-reads-outsider@example.com');
    const gone = await platform.seedUser('run-reads-gone@example.com');
    const goneToken = await platform.tokenFor(gone);
    await platform.db.query('delete from users where id = $1', [gone.id]);

    for (const procedure of ['runs.get', 'runs.events', 'runs.learningFeedback']) {
      const read = (runId: string, user: SeededUser | null) =>
        platform.call<unknown>(procedure, 'query', { runId }, user);
      expect((await read(run.id, reader)).status, procedure).toBe(200);
      expect((await read(run.id, outsider)).code, procedure).toBe('FORBIDDEN');
      expect((await read(unknownRun, reader)).code, procedure).toBe('NOT_FOUND');
      expect((await read(unknownRun, owner)).code, procedure).toBe('NOT_FOUND');
      expect((await read(orphan.id, reader)).code, procedure).toBe('FORBIDDEN');
      expect((await read(orphan.id, owner)).status, procedure).toBe(200);
      const asGone = await trpc(platform.edge.url, procedure, 'query', { runId: run.id }, goneToken);
      expect(asGone.code, procedure).toBe('FORBIDDEN');
    }
    const orphanEvents = await platform.call<{ items: Array<{ eventType: string; actorId: string }> }>(
      'runs.events',
      'query',
      { runId: orphan.id },
      owner,
    );
    expect(orphanEvents.data?.items).toEqual([
      expect.objectContaining({ eventType: 'orphan.step', actorId: 'x' }),
    ]);
  });

  it('filters by status and lists run events oldest first', async () => {
    const page = await platform.call<{ items: Array<{ status: string }> }>(
      'runs.list',
      'query',
      { status: 'failed', limit: 50 },
      owner,
    );
    expect(page.data?.items.length).toBeGreaterThan(0);
    expect(page.data?.items.every((run) => run.status === 'failed')).toBe(true);

    const run = await platform.seedRun(projectId);
    for (let i = 0; i < 5; i++) {
      await platform.db.query(
        `insert into flow_events (correlation_id, actor_type, actor_id, event_type, payload) values ($1, 'system', 'x', $2, $3)`,
        [run.correlationId, `step.${i}`, JSON.stringify({ i })],
      );
    }
    const first = await platform.call<{
      items: Array<{ eventType: string; payload: { i: number } }>;
      nextCursor: string;
    }>('runs.events', 'query', { runId: run.id, limit: 3 }, reader);
    expect(first.data?.items.map((event) => event.eventType)).toEqual(['step.0', 'step.1', 'step.2']);
    expect(first.data?.items[0]?.payload).toEqual({ i: 0 });
    const second = await platform.call<{ items: Array<{ eventType: string }>; nextCursor: string | null }>(
      'runs.events',
      'query',
      { runId: run.id, limit: 3, cursor: first.data?.nextCursor },
      reader,
    );
    expect(second.data?.items.map((event) => event.eventType)).toEqual(['step.3', 'step.4']);
    expect(second.data?.nextCursor).toBeNull();
    // A cursor of another list is refused rather than misread.
    const wrong = await platform.call('runs.list', 'query', { cursor: first.data?.nextCursor }, reader);
    expect(wrong.code).toBe('BAD_REQUEST');
  });
});

describe('runs with their context, filters and queue (issue 21)', () => {
  /** A run as the ingest stores it: the run payload of SPEC §4/§11 with GitHub's raw payload inside. */
  async function seedContextRun(
    project: string,
    options: {
      repository: string;
      sender: string;
      trigger: { kind: string; value: string };
      subject: Record<string, unknown>;
      status?: string;
      instruction?: string | null;
    },
  ): Promise<string> {
    const payload = {
      source: 'github',
      event: 'pull_request',
      action: 'labeled',
      repository: { id: 1, full_name: options.repository, name: options.repository.split('/')[1] },
      sender: { id: 2, login: options.sender },
      trigger: options.trigger,
      instruction: options.instruction ?? null,
      subject: options.subject,
      raw_payload: {
        repository: { html_url: `https://github.com/${options.repository}` },
        sender: { html_url: `https://github.com/${options.sender}` },
      },
    };
    const { rows } = await platform.db.query<{ id: string }>(
      `insert into agent_runs (correlation_id, project_id, status, run_payload) values ($1, $2, $3, $4) returning id`,
      [
        `ctx-${Math.random().toString(36).slice(2)}`,
        project,
        options.status ?? 'succeeded',
        JSON.stringify(payload),
      ],
    );
    return rows[0]!.id;
  }

  type ListedRun = {
    id: string;
    repositoryFullName: string;
    senderLogin: string;
    startedAt: string | null;
    finishedAt: string | null;
    trigger: { kind: string; value: string } | null;
    instruction: string | null;
    subject: { kind: string; number: number | null; title: string | null };
    branch: string | null;
    headSha: string | null;
    links: Record<string, string | null>;
  };

  it('runs.list and runs.get carry the trigger, the issue/PR, branch, commit and links to GitHub', async () => {
    const project = await platform.seedProject('context-a');
    const id = await seedContextRun(project, {
      repository: 'Acme/Context-App',
      sender: 'octocat',
      trigger: { kind: 'label', value: 'run:fix' },
      subject: {
        kind: 'pull_request',
        number: 42,
        title: 'Fix the parser',
        html_url: 'https://github.com/Acme/Context-App/pull/42',
        head_sha: 'abc1234def5678',
        ref: 'feature/parser',
        branch: 'feature/parser',
      },
    });
    await platform.db.query(
      `update agent_runs set started_at = now() - interval '90 seconds', finished_at = now() where id = $1`,
      [id],
    );
    const listed = await platform.call<{ items: ListedRun[] }>(
      'runs.list',
      'query',
      { projectId: project },
      owner,
    );
    const expected = {
      id,
      repositoryFullName: 'Acme/Context-App',
      senderLogin: 'octocat',
      trigger: { kind: 'label', value: 'run:fix' },
      instruction: null,
      subject: { kind: 'pull_request', number: 42, title: 'Fix the parser' },
      branch: 'feature/parser',
      headSha: 'abc1234def5678',
      links: {
        repository: 'https://github.com/Acme/Context-App',
        subject: 'https://github.com/Acme/Context-App/pull/42',
        branch: 'https://github.com/Acme/Context-App/tree/feature/parser',
        commit: 'https://github.com/Acme/Context-App/commit/abc1234def5678',
        sender: 'https://github.com/octocat',
      },
    };
    expect(listed.data?.items).toHaveLength(1);
    expect(listed.data?.items[0]).toMatchObject(expected);
    const started = Date.parse(listed.data!.items[0]!.startedAt!);
    const finished = Date.parse(listed.data!.items[0]!.finishedAt!);
    expect(finished - started).toBeGreaterThanOrEqual(89_000);
    const got = await platform.call<{ run: ListedRun; queue: unknown }>(
      'runs.get',
      'query',
      { runId: id },
      owner,
    );
    expect(got.data?.run).toMatchObject(expected);
    expect(got.data?.queue).toBeNull();
    // A run from before triggers (no trigger, no subject) reads as none.
    const old = await platform.seedRun(project);
    const oldRun = await platform.call<{ run: ListedRun }>('runs.get', 'query', { runId: old.id }, owner);
    expect(oldRun.data?.run).toMatchObject({
      trigger: null,
      subject: { kind: 'none', number: null, title: null },
      links: { repository: null, subject: null, branch: null, commit: null, sender: null },
    });
  });

  it('filters by repository and sender (case-insensitive) and trigger, for admins and for members', async () => {
    const project = await platform.seedProject('context-b');
    const member = await platform.seedUser('context-member@example.com');
    await platform.seedMember(project, member.id, 'read');
    const subject = {
      kind: 'issue',
      number: 7,
      title: 'Bug',
      html_url: 'https://github.com/acme/one/issues/7',
    };
    const a = await seedContextRun(project, {
      repository: 'acme/one',
      sender: 'alice',
      trigger: { kind: 'command', value: '/codex' },
      instruction: 'fix it',
      subject,
    });
    const b = await seedContextRun(project, {
      repository: 'acme/two',
      sender: 'bob',
      trigger: { kind: 'label', value: 'run:go' },
      subject,
    });
    const c = await seedContextRun(project, {
      repository: 'acme/one',
      sender: 'bob',
      trigger: { kind: 'label', value: 'run:go' },
      subject,
    });
    const ids = async (input: Record<string, unknown>, who: SeededUser) =>
      (await platform.call<{ items: ListedRun[] }>('runs.list', 'query', input, who)).data?.items.map(
        (run) => run.id,
      );
    for (const who of [owner, member]) {
      expect(await ids({ repository: 'ACME/One' }, who)).toEqual([c, a]);
      expect(await ids({ sender: 'BOB' }, who)).toEqual([c, b]);
      expect(await ids({ trigger: 'run:go' }, who)).toEqual([c, b]);
      expect(await ids({ trigger: '/codex', repository: 'acme/one', sender: 'alice' }, who)).toEqual([a]);
      expect(await ids({ projectId: project, repository: 'acme/two' }, who)).toEqual([b]);
      expect(await ids({ repository: 'acme/none' }, who)).toEqual([]);
    }
    const command = await platform.call<{ items: ListedRun[] }>(
      'runs.list',
      'query',
      { sender: 'alice' },
      owner,
    );
    expect(command.data?.items[0]).toMatchObject({
      trigger: { kind: 'command', value: '/codex' },
      instruction: 'fix it',
    });
  });

  it('runs.get says why a pending run waits: its project slots in use and its place in claim order', async () => {
    const project = await platform.seedProject('queued');
    const running = await platform.seedRun(project, { status: 'running' });
    const subject = { kind: 'none' };
    const pending: string[] = [];
    for (let i = 0; i < 3; i++) {
      pending.push(
        await seedContextRun(project, {
          repository: 'acme/q',
          sender: 'q',
          trigger: { kind: 'event', value: 'push' },
          subject,
          status: 'pending',
        }),
      );
    }
    await platform.db.query(
      `insert into slots (project_id, slot_no, state, lease_owner, lease_until, run_id) values
         ($1, 0, 'leased', 'test', now() + interval '10 minutes', $2), ($1, 1, 'free', null, null, null)`,
      [project, running.id],
    );
    type Got = { queue: { slotsInUse: number; slotsTotal: number; position: number } | null };
    const queues = [];
    for (const id of pending)
      queues.push((await platform.call<Got>('runs.get', 'query', { runId: id }, owner)).data?.queue);
    expect(queues).toEqual([
      { slotsInUse: 1, slotsTotal: 2, position: 1 },
      { slotsInUse: 1, slotsTotal: 2, position: 2 },
      { slotsInUse: 1, slotsTotal: 2, position: 3 },
    ]);
    // Another project's queue does not count; a run that is not pending has no queue.
    const elsewhere = await platform.seedProject('queued-elsewhere');
    const other = await platform.seedRun(elsewhere, { status: 'pending' });
    expect((await platform.call<Got>('runs.get', 'query', { runId: other.id }, owner)).data?.queue).toEqual({
      slotsInUse: 0,
      slotsTotal: 2,
      position: 1,
    });
    expect(
      (await platform.call<Got>('runs.get', 'query', { runId: running.id }, owner)).data?.queue,
    ).toBeNull();
    // A reader of the project sees it too.
    const reader2 = await platform.seedUser('queue-reader@example.com');
    await platform.seedMember(project, reader2.id, 'read');
    expect(
      (await platform.call<Got>('runs.get', 'query', { runId: pending[2] }, reader2)).data?.queue?.position,
    ).toBe(3);
  });
});
