/**
 * SPEC §11 through the real edge and control-plane into PostgreSQL: which deliveries start a run.
 * One table of event × action × label/command text × author_association × project membership ×
 * policy (the platform defaults, a project's own set through projects.triggers.set, `*`, no
 * project) → a run with its trigger, or `ignored` with the exact reason; every row is redelivered
 * and must answer `duplicate` with the same outcome. Payloads are GitHub's recorded examples,
 * edited the way `npm run webhook:send` edits them.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionFor, editedPayload, examplePayload } from '../../scripts/webhook-payload.js';
import { sendWebhook, type WebhookAnswer } from '../support/github-webhooks.js';
import { type SeededUser, startStaffPlatform, type StaffPlatform } from '../support/staff-platform.js';

type Repo = 'default' | 'own' | 'all' | 'unbound';

interface Delivery {
  repo: Repo;
  event: string;
  action?: string;
  label?: string;
  comment?: string;
  association?: string;
  sender?: string;
}

/** `run:<kind>:<value>` for a run, else the reason it was ignored. */
type Expected = `run:${'label' | 'command' | 'event'}:${string}` | 'no_trigger' | 'untrusted_sender' | 'ping';

const repositories: Record<Repo, { fullName: string; id: number }> = {
  default: { fullName: 'acme/default', id: 810_001 },
  own: { fullName: 'acme/own', id: 810_002 },
  all: { fullName: 'acme/all', id: 810_003 },
  unbound: { fullName: 'acme/unbound', id: 810_004 },
};

/** `default` follows the platform defaults; `own` and `all` set their policy through the API. */
const ownPolicy = {
  labelPrefix: 'agent/',
  command: '@bot',
  events: ['push', 'issues.opened'],
  trustedAssociations: ['MEMBER'],
};
const allPolicy = { events: ['*'], trustedAssociations: ['*'] };

const comment = (text: string, association: string, sender = 'someone'): Omit<Delivery, 'repo'> => ({
  event: 'issue_comment',
  comment: text,
  association,
  sender,
});

const table: [string, Delivery, Expected][] = [
  // The platform defaults: labels run:, the command /codex, no events, OWNER/MEMBER/COLLABORATOR.
  [
    'a run: label by a stranger',
    { repo: 'default', event: 'issues', label: 'run:dev', association: 'NONE', sender: 'stranger' },
    'run:label:run:dev',
  ],
  [
    'a run: label on a pull request',
    { repo: 'default', event: 'pull_request', label: 'run:review', sender: 'stranger' },
    'run:label:run:review',
  ],
  ['another label', { repo: 'default', event: 'issues', label: 'bug' }, 'no_trigger'],
  [
    'a run: label taken off',
    { repo: 'default', event: 'issues', action: 'unlabeled', label: 'run:dev' },
    'no_trigger',
  ],
  [
    'an opened issue',
    { repo: 'default', event: 'issues', action: 'opened', association: 'OWNER' },
    'no_trigger',
  ],
  ['a push by a project admin', { repo: 'default', event: 'push', sender: 'boss-gh' }, 'no_trigger'],
  ['/codex by an OWNER', { repo: 'default', ...comment('/codex do it', 'OWNER') }, 'run:command:/codex'],
  ['/codex by a MEMBER', { repo: 'default', ...comment('/codex do it', 'MEMBER') }, 'run:command:/codex'],
  [
    '/codex by a COLLABORATOR',
    { repo: 'default', ...comment('/codex do it', 'COLLABORATOR') },
    'run:command:/codex',
  ],
  [
    '/codex by a CONTRIBUTOR',
    { repo: 'default', ...comment('/codex do it', 'CONTRIBUTOR', 'stranger') },
    'untrusted_sender',
  ],
  ['/codex by NONE', { repo: 'default', ...comment('/codex do it', 'NONE', 'stranger') }, 'untrusted_sender'],
  [
    '/codex by NONE, a read_write member',
    { repo: 'default', ...comment('/codex do it', 'NONE', 'writer-gh') },
    'run:command:/codex',
  ],
  [
    '/codex by NONE, an admin member (login in another case)',
    { repo: 'default', ...comment('/codex do it', 'NONE', 'Boss-GH') },
    'run:command:/codex',
  ],
  [
    '/codex by NONE, a read member',
    { repo: 'default', ...comment('/codex do it', 'NONE', 'READER-gh') },
    'untrusted_sender',
  ],
  [
    '/codex not on the first line',
    { repo: 'default', ...comment('please\n/codex do it', 'OWNER') },
    'no_trigger',
  ],
  [
    '/codex in an edited comment',
    { repo: 'default', action: 'edited', ...comment('/codex do it', 'OWNER') },
    'no_trigger',
  ],
  [
    '/codex in a review',
    { repo: 'default', event: 'pull_request_review', comment: '/codex review', association: 'OWNER' },
    'run:command:/codex',
  ],
  [
    '/codex in a review comment by a read_write member',
    {
      repo: 'default',
      event: 'pull_request_review_comment',
      comment: '/codex fix',
      association: 'NONE',
      sender: 'writer-gh',
    },
    'run:command:/codex',
  ],
  ['a ping', { repo: 'default', event: 'ping' }, 'ping'],
  // A project's own policy.
  ["the project's label", { repo: 'own', event: 'issues', label: 'agent/x' }, 'run:label:agent/x'],
  ["the platform's label", { repo: 'own', event: 'issues', label: 'run:dev' }, 'no_trigger'],
  ["the project's command by a MEMBER", { repo: 'own', ...comment('@bot go', 'MEMBER') }, 'run:command:@bot'],
  [
    "the project's command by an OWNER (only MEMBER trusted)",
    { repo: 'own', ...comment('@bot go', 'OWNER') },
    'untrusted_sender',
  ],
  ["the platform's command", { repo: 'own', ...comment('/codex go', 'MEMBER') }, 'no_trigger'],
  [
    'the command by a read_write member of another project',
    { repo: 'own', ...comment('@bot go', 'NONE', 'writer-gh') },
    'untrusted_sender',
  ],
  [
    'a push by a stranger (push has no association)',
    { repo: 'own', event: 'push', sender: 'stranger' },
    'untrusted_sender',
  ],
  ['a push by a read_write member', { repo: 'own', event: 'push', sender: 'pusher-gh' }, 'run:event:push'],
  [
    'issues.opened by a MEMBER',
    { repo: 'own', event: 'issues', action: 'opened', association: 'MEMBER' },
    'run:event:issues.opened',
  ],
  [
    'issues.opened by an OWNER',
    { repo: 'own', event: 'issues', action: 'opened', association: 'OWNER' },
    'untrusted_sender',
  ],
  [
    'issues.edited, not listed',
    { repo: 'own', event: 'issues', action: 'edited', association: 'MEMBER' },
    'no_trigger',
  ],
  // `*`: every delivery with a repository, from anyone.
  ['* : a push by a stranger', { repo: 'all', event: 'push', sender: 'stranger' }, 'run:event:push'],
  [
    '* : an edited issue by NONE',
    { repo: 'all', event: 'issues', action: 'edited', association: 'NONE' },
    'run:event:issues.edited',
  ],
  [
    '* : a plain comment by NONE',
    { repo: 'all', ...comment('thanks', 'NONE') },
    'run:event:issue_comment.created',
  ],
  ['* : a ping is still a ping', { repo: 'all', event: 'ping' }, 'ping'],
  // No project: the platform defaults, trust by association only.
  ['no project: a run: label', { repo: 'unbound', event: 'issues', label: 'run:dev' }, 'run:label:run:dev'],
  [
    'no project: /codex by an OWNER',
    { repo: 'unbound', ...comment('/codex x', 'OWNER') },
    'run:command:/codex',
  ],
  [
    'no project: /codex by NONE, a member elsewhere',
    { repo: 'unbound', ...comment('/codex x', 'NONE', 'writer-gh') },
    'untrusted_sender',
  ],
  ['no project: a push', { repo: 'unbound', event: 'push' }, 'no_trigger'],
];

describe('trigger policy through the real edge and control-plane (SPEC §11)', () => {
  let platform: StaffPlatform;
  let owner: SeededUser;
  const projects = {} as Record<Exclude<Repo, 'unbound'>, string>;

  beforeAll(async () => {
    platform = await startStaffPlatform();
    owner = await platform.seedUser(platform.secrets.ownerEmail, { owner: true });
    for (const repo of ['default', 'own', 'all'] as const) {
      projects[repo] = await platform.seedProject(`triggers-${repo}`);
      await platform.db.query(
        `insert into repositories (project_id, provider, external_id, owner, name, token_encrypted)
         values ($1, 'github', $2, 'acme', $3, '\\x00')`,
        [projects[repo], repositories[repo].id, repo],
      );
    }
    for (const [login, project, role] of [
      ['writer-gh', 'default', 'read_write'],
      ['reader-gh', 'default', 'read'],
      ['boss-gh', 'default', 'admin'],
      ['pusher-gh', 'own', 'read_write'],
    ] as const) {
      const user = await platform.seedUser(`${login}@example.com`);
      await platform.db.query('update users set github_login = $2 where id = $1', [user.id, login]);
      await platform.seedMember(projects[project], user.id, role);
    }
    for (const [repo, policy] of [
      ['own', ownPolicy],
      ['all', allPolicy],
    ] as const) {
      const set = await platform.call(
        'projects.triggers.set',
        'mutation',
        { projectId: projects[repo], ...policy },
        owner,
      );
      expect(set.status, set.message).toBe(200);
    }
  });

  afterAll(async () => {
    await platform?.stop();
  });

  function payloadOf(delivery: Delivery): string {
    const repository = repositories[delivery.repo];
    const edits = {
      repo: repository.fullName,
      repositoryId: repository.id,
      label: delivery.label,
      comment: delivery.comment,
      association: delivery.association,
      sender: delivery.sender,
    };
    const action = actionFor(delivery.event, delivery.action, edits);
    return JSON.stringify(editedPayload(examplePayload(delivery.event, action), delivery.event, edits));
  }

  const send = (event: string, body: string, deliveryId?: string) =>
    sendWebhook(platform.edge.url, { event, body, secret: platform.secrets.webhookSecret, deliveryId });

  async function storedDelivery(deliveryId: string) {
    const { rows } = await platform.db.query(
      'select outcome, reason, run_id, project_id from webhook_deliveries where delivery_id = $1',
      [deliveryId],
    );
    return rows;
  }

  function expectAnswer(answer: WebhookAnswer, expected: Expected, duplicate: boolean, runId?: unknown) {
    if (expected.startsWith('run:')) {
      expect(answer.status).toBe(duplicate ? 200 : 202);
      expect(answer.body).toEqual({
        correlation_id: answer.deliveryId,
        run_id: runId ?? expect.stringMatching(/^[0-9a-f-]{36}$/),
        status: duplicate ? 'duplicate' : 'accepted',
        duplicate,
      });
    } else {
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({
        status: 'ignored',
        reason: expected,
        duplicate,
        correlation_id: answer.deliveryId,
      });
    }
  }

  it.each(table)('%s → %s', async (_name, delivery, expected) => {
    const body = payloadOf(delivery);
    const first = await send(delivery.event, body);
    expectAnswer(first, expected, false);
    const runId = first.body['run_id'];
    const projectId = delivery.repo === 'unbound' ? null : projects[delivery.repo];

    expect(await storedDelivery(first.deliveryId)).toEqual([
      expected.startsWith('run:')
        ? { outcome: 'run', reason: null, run_id: runId, project_id: projectId }
        : { outcome: 'ignored', reason: expected, run_id: null, project_id: projectId },
    ]);
    const runs = await platform.db.query<{ run_payload: Record<string, unknown>; project_id: string | null }>(
      'select run_payload, project_id from agent_runs where correlation_id = $1',
      [first.deliveryId],
    );
    if (expected.startsWith('run:')) {
      const [, kind, ...value] = expected.split(':');
      expect(runs.rows[0]?.project_id).toBe(projectId);
      expect(runs.rows[0]?.run_payload).toMatchObject({
        trigger: { kind, value: value.join(':') },
        instruction: kind === 'command' ? expect.any(String) : null,
      });
    } else {
      expect(runs.rows).toEqual([]);
      const events = await platform.db.query(
        'select event_type, payload from flow_events where correlation_id = $1',
        [first.deliveryId],
      );
      expect(events.rows).toEqual([
        {
          event_type: expected === 'ping' ? 'webhook.ping' : 'webhook.ignored',
          payload: {
            delivery_id: first.deliveryId,
            event_type: delivery.event,
            inserted: true,
            run_id: null,
            outcome: 'ignored',
            reason: expected,
          },
        },
      ]);
    }

    // GitHub's redelivery: the same outcome, marked duplicate, nothing new stored.
    const again = await send(delivery.event, body, first.deliveryId);
    expectAnswer(again, expected, true, runId);
    expect((await storedDelivery(first.deliveryId)).length).toBe(1);
  });

  it('untrusted `/codex do it` by NONE on a bound repository → no run; by a read_write member (GitHub login) → a run with the instruction and what it is about', async () => {
    const stranger = await send(
      'issue_comment',
      payloadOf({ repo: 'default', ...comment('/codex do it', 'NONE', 'stranger') }),
    );
    expect(stranger.body).toMatchObject({ status: 'ignored', reason: 'untrusted_sender' });
    const member = await send(
      'issue_comment',
      payloadOf({ repo: 'default', ...comment('/codex do it', 'NONE', 'writer-gh') }),
    );
    expect(member.status).toBe(202);
    const run = await platform.call<{ payload: Record<string, unknown> }>(
      'runs.get',
      'query',
      { runId: member.body['run_id'] },
      owner,
    );
    expect(run.data?.payload).toMatchObject({
      trigger: { kind: 'command', value: '/codex' },
      instruction: 'do it',
      subject: { kind: 'issue', number: 1, title: 'Spelling error in the README file' },
      sender: { login: 'writer-gh' },
      project: { id: projects.default, binding_resolved: true },
    });
    // Issue 21: the run as listed carries its context, read from what the ingest stored (no payload per row).
    const listed = await platform.call<{ items: Array<Record<string, unknown>> }>(
      'runs.list',
      'query',
      { sender: 'WRITER-GH', trigger: '/codex' },
      owner,
    );
    const item = listed.data?.items.find((candidate) => candidate.id === member.body['run_id']);
    expect(item).toMatchObject({
      trigger: { kind: 'command', value: '/codex' },
      instruction: 'do it',
      subject: { kind: 'issue', number: 1, title: 'Spelling error in the README file' },
      links: { subject: expect.stringMatching(/^https:\/\/github\.com\/.+\/issues\/1$/) },
    });
    expect((item?.links as Record<string, unknown>).repository).toMatch(/^https:\/\/github\.com\//);
  });

  it('50 concurrent copies of an ignored delivery → one record, one webhook.ignored, 49 duplicates of it', async () => {
    const deliveryId = randomUUID();
    const body = payloadOf({ repo: 'default', ...comment('/codex do it', 'NONE', 'stranger') });
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => send('issue_comment', body, deliveryId)),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(
      answers.every(
        (answer) => answer.body['status'] === 'ignored' && answer.body['reason'] === 'untrusted_sender',
      ),
    ).toBe(true);
    expect(answers.filter((answer) => answer.body['duplicate'] === false)).toHaveLength(1);
    expect(await storedDelivery(deliveryId)).toEqual([
      { outcome: 'ignored', reason: 'untrusted_sender', run_id: null, project_id: projects.default },
    ]);
    const events = await platform.db.query<{ event_type: string; n: string }>(
      'select event_type, count(*) as n from flow_events where correlation_id = $1 group by event_type order by event_type',
      [deliveryId],
    );
    expect(events.rows).toEqual([
      { event_type: 'webhook.duplicate', n: '49' },
      { event_type: 'webhook.ignored', n: '1' },
    ]);
    expect(
      (await platform.db.query('select 1 from agent_runs where correlation_id = $1', [deliveryId])).rows,
    ).toEqual([]);
  });

  it('a policy set through the API applies to the next delivery; a redelivery of one ignored before keeps its outcome', async () => {
    const body = payloadOf({ repo: 'default', event: 'push', sender: 'stranger' });
    const before = await send('push', body);
    expect(before.body).toMatchObject({ status: 'ignored', reason: 'no_trigger' });
    const set = await platform.call(
      'projects.triggers.set',
      'mutation',
      { projectId: projects.default, ...allPolicy },
      owner,
    );
    expect(set.status, set.message).toBe(200);
    try {
      expect((await send('push', body)).status).toBe(202);
      expect((await send('push', body, before.deliveryId)).body).toMatchObject({
        status: 'ignored',
        reason: 'no_trigger',
        duplicate: true,
      });
    } finally {
      await platform.call('projects.triggers.set', 'mutation', { projectId: projects.default }, owner);
    }
    expect((await send('push', body)).body).toMatchObject({ status: 'ignored', reason: 'no_trigger' });
  });

  it('projects.triggers.get/set: effective, own and default values; bad values refused naming the field; audited', async () => {
    const view = await platform.call<{
      effective: Record<string, unknown>;
      project: Record<string, unknown>;
      defaults: Record<string, unknown>;
    }>('projects.triggers.get', 'query', { projectId: projects.own }, owner);
    expect(view.data).toEqual({
      projectId: projects.own,
      effective: ownPolicy,
      project: ownPolicy,
      defaults: {
        labelPrefix: 'run:',
        command: '/codex',
        events: [],
        trustedAssociations: ['OWNER', 'MEMBER', 'COLLABORATOR'],
      },
    });
    for (const [input, message] of [
      [{ labelPrefix: '' }, /^labelPrefix: must not be empty/],
      [{ labelPrefix: 'run: now' }, /^labelPrefix: must not contain whitespace/],
      [{ command: 'x'.repeat(65) }, /^command: must be at most 64 characters/],
      [{ command: '/codex go' }, /^command: must not contain whitespace/],
      [{ trustedAssociations: ['FRIENDS'] }, /^trustedAssociations: /],
      [{ events: ['Push!'] }, /^events: /],
    ] as const) {
      const refused = await platform.call(
        'projects.triggers.set',
        'mutation',
        { projectId: projects.own, ...input },
        owner,
      );
      expect(refused.code, JSON.stringify(input)).toBe('BAD_REQUEST');
      expect(refused.message).toMatch(message);
    }
    expect(
      (await platform.call('projects.triggers.get', 'query', { projectId: projects.own }, owner)).data,
    ).toEqual(view.data);
    const audit = await platform.db.query<{ payload: Record<string, unknown> }>(
      `select payload from flow_events where actor_type = 'staff' and event_type = 'project.triggers_set' and correlation_id = $1 order by id`,
      [`staff:project:${projects.own}`],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]?.payload).toMatchObject({
      project_id: projects.own,
      before: {},
      after: {
        label_prefix: 'agent/',
        command: '@bot',
        events: ['push', 'issues.opened'],
        trusted_associations: ['MEMBER'],
      },
    });
  });

  it("deliveries.list shows a project's deliveries with their outcome and reason, newest first, filtered and paged", async () => {
    const page = await platform.call<{
      items: Array<{
        deliveryId: string;
        outcome: string;
        reason: string | null;
        runId: string | null;
        projectSlug: string | null;
        receivedAt: string;
      }>;
      nextCursor: string | null;
    }>('deliveries.list', 'query', { projectId: projects.own, limit: 5 }, owner);
    expect(page.status, page.message).toBe(200);
    expect(page.data?.items).toHaveLength(5);
    expect(page.data?.nextCursor).not.toBeNull();
    expect(new Set(page.data?.items.map((item) => item.projectSlug))).toEqual(new Set(['triggers-own']));
    const times = page.data!.items.map((item) => item.receivedAt);
    expect([...times].sort().reverse()).toEqual(times);
    const rest = await platform.call<{ items: Array<{ deliveryId: string }> }>(
      'deliveries.list',
      'query',
      { projectId: projects.own, limit: 200, cursor: page.data?.nextCursor },
      owner,
    );
    const ids = [...page.data!.items, ...rest.data!.items].map((item) => item.deliveryId);
    expect(new Set(ids).size).toBe(ids.length);
    const ignored = await platform.call<{
      items: Array<{ outcome: string; reason: string | null; runId: string | null }>;
    }>('deliveries.list', 'query', { projectId: projects.own, outcome: 'ignored', limit: 200 }, owner);
    expect(ignored.data?.items.length).toBeGreaterThan(0);
    expect(
      ignored.data?.items.every(
        (item) => item.outcome === 'ignored' && item.reason !== null && item.runId === null,
      ),
    ).toBe(true);
  });
});
