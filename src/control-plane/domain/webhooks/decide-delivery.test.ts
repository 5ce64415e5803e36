import { describe, expect, it } from 'vitest';
import { type ProjectRole } from '../../../shared/contract/project-role.js';
import { type TriggerPolicy } from '../triggers/trigger-policy.js';
import { decideDelivery } from './decide-delivery.js';
import { parseDelivery } from './delivery.js';
import { IngestContextIndex, type IngestDefaults } from './ingest-context.js';
import { learningModeFor, projectLearningModeDefault } from './learning-mode.js';
import { type BoundRepository, type IngestContext, type SenderMembership } from './ports.js';

const platformTriggers: TriggerPolicy = {
  labelPrefix: 'run:',
  command: '/codex',
  events: [],
  trustedAssociations: ['OWNER', 'MEMBER', 'COLLABORATOR'],
};
const defaults = (learningModeDefault = false): IngestDefaults => ({
  triggers: platformTriggers,
  learningModeDefault,
});

const bound = (externalId: number, projectId: string, settings: unknown = {}): BoundRepository => ({
  externalId,
  repositoryId: `repository-of-${externalId}`,
  projectId,
  servicesYamlPath: 'deploy/services.yaml',
  projectSettings: settings,
});
const member = (
  login: string,
  projectId: string,
  role: ProjectRole,
  learningModeOverride: boolean | null = null,
): SenderMembership => ({ login, projectId, role, learningModeOverride });

function decide(
  event: string,
  payload: Record<string, unknown>,
  context: Partial<IngestContext> = {},
  platform = defaults(),
) {
  const delivery = parseDelivery({
    correlationId: 'd-1',
    deliveryId: 'd-1',
    eventType: event,
    receivedAt: new Date('2026-12-01T00:00:00Z'),
    payload: new TextEncoder().encode(JSON.stringify(payload)),
  });
  const index = new IngestContextIndex({ repositories: [], memberships: [], ...context }, platform);
  return decideDelivery(delivery, index, platform);
}

const comment = (repositoryId: number, login: string, association: string, text = '/codex do it') => ({
  action: 'created',
  issue: { number: 1, title: 'T' },
  comment: { body: text, author_association: association },
  repository: { id: repositoryId },
  sender: { id: 1, login },
});
const retry = (repositoryId: number, login: string, association: string, extra = '') => ({
  ...comment(repositoryId, login, association, `/codex retry${extra ? ` ${extra}` : ''}`),
  repository: { id: repositoryId, full_name: 'acme/app' },
});
const labeled = (repositoryId: number, login = 'octo') => ({
  action: 'labeled',
  label: { name: 'run:dev' },
  repository: { id: repositoryId },
  sender: { id: 1, login },
});

describe('decideDelivery: binding', () => {
  it('a bound repository gives project, repository and services.yaml; an unbound one none', () => {
    const repositories = [bound(42, 'p-1')];
    const run = decide('issues', labeled(42), { repositories });
    expect(run.projectId).toBe('p-1');
    expect(run.decision).toMatchObject({
      outcome: 'run',
      runPayload: {
        project: {
          id: 'p-1',
          repository_id: 'repository-of-42',
          services_yaml: 'deploy/services.yaml',
          binding_resolved: true,
        },
      },
    });
    const unbound = decide('issues', labeled(43), { repositories });
    expect(unbound.projectId).toBeNull();
    expect(unbound.decision).toMatchObject({
      outcome: 'run',
      runPayload: {
        project: { id: null, repository_id: null, services_yaml: null, binding_resolved: false },
      },
    });
  });

  it('an ignored delivery keeps its project (members see why nothing happened)', () => {
    expect(
      decide('issues', { ...labeled(42), action: 'opened' }, { repositories: [bound(42, 'p-1')] }),
    ).toEqual({
      projectId: 'p-1',
      decision: { outcome: 'ignored', reason: 'no_trigger' },
    });
  });
});

describe('decideDelivery: learning mode precedence', () => {
  const repositories = [bound(42, 'p-1', { learning_mode_default: false }), bound(44, 'p-2', {})];
  const learning = (
    login: string,
    memberships: SenderMembership[],
    repositoryId = 42,
    platformDefault = true,
  ) => {
    const { decision } = decide(
      'issues',
      labeled(repositoryId, login),
      { repositories, memberships },
      defaults(platformDefault),
    );
    return decision.outcome === 'run' ? decision.learningMode : undefined;
  };

  it("the sender's member override wins over the project default, login matched case-insensitively", () => {
    expect(learning('Learner', [member('learner', 'p-1', 'read', true)])).toBe(true);
    expect(learning('learner', [member('learner', 'p-2', 'read', false)], 44)).toBe(false);
  });

  it('an override in another project does not count', () => {
    expect(learning('learner', [member('learner', 'p-2', 'read', true)])).toBe(false);
  });

  it('a member without an override, or a stranger, gets the project default', () => {
    expect(learning('plain', [member('plain', 'p-1', 'read_write', null)])).toBe(false);
    expect(learning('stranger', [])).toBe(false);
  });

  it('a project without a boolean default falls back to the platform default', () => {
    expect(learning('stranger', [], 44, true)).toBe(true);
    expect(learning('stranger', [], 44, false)).toBe(false);
    expect(projectLearningModeDefault({ learning_mode_default: 'yes' })).toBeNull();
    expect(projectLearningModeDefault(null)).toBeNull();
  });

  it('an unbound repository uses the platform default, whatever the sender overrides elsewhere', () => {
    expect(learning('learner', [member('learner', 'p-1', 'read', false)], 99, true)).toBe(true);
  });

  it('several users with one login: the oldest with an override set decides', () => {
    expect(
      learning('twin', [
        member('twin', 'p-1', 'read', null),
        member('twin', 'p-1', 'read', true),
        member('twin', 'p-1', 'read', false),
      ]),
    ).toBe(true);
  });

  it('learningModeFor: member, then project, then platform', () => {
    expect(learningModeFor(false, true, true)).toBe(false);
    expect(learningModeFor(null, false, true)).toBe(false);
    expect(learningModeFor(null, null, true)).toBe(true);
  });
});

describe('decideDelivery: triggers and trust', () => {
  const repositories = [
    bound(42, 'p-1'),
    bound(45, 'p-own', { triggers: { command: '@bot', trusted_associations: ['*'], events: ['push'] } }),
    bound(46, 'p-broken', { triggers: { command: 'has space', events: 'push' } }),
  ];
  const memberships = [
    member('writer', 'p-1', 'read_write'),
    member('boss', 'p-1', 'admin'),
    member('reader', 'p-1', 'read'),
    member('outsider', 'p-2', 'admin'),
  ];
  const outcome = (event: string, payload: Record<string, unknown>) => {
    const { decision } = decide(event, payload, { repositories, memberships });
    if (decision.outcome === 'retry') return `retry:${decision.number}`;
    return decision.outcome === 'run' ? `run:${decision.runPayload.trigger.kind}` : decision.reason;
  };

  it.each([
    ['a label by anyone', 'issues', labeled(42, 'stranger'), 'run:label'],
    ['/codex by an OWNER', 'issue_comment', comment(42, 'someone', 'OWNER'), 'run:command'],
    ['/codex by NONE', 'issue_comment', comment(42, 'stranger', 'NONE'), 'untrusted_sender'],
    [
      '/codex by NONE who is a read_write member',
      'issue_comment',
      comment(42, 'Writer', 'NONE'),
      'run:command',
    ],
    ['/codex by NONE who is an admin member', 'issue_comment', comment(42, 'boss', 'NONE'), 'run:command'],
    [
      '/codex by NONE who is a read member',
      'issue_comment',
      comment(42, 'reader', 'NONE'),
      'untrusted_sender',
    ],
    [
      '/codex by NONE, an admin of another project',
      'issue_comment',
      comment(42, 'outsider', 'NONE'),
      'untrusted_sender',
    ],
    ['a plain comment', 'issue_comment', comment(42, 'boss', 'OWNER', 'thanks'), 'no_trigger'],
    ['/codex retry by an OWNER', 'issue_comment', retry(42, 'someone', 'OWNER'), 'retry:1'],
    ['/codex retry by a read_write member', 'issue_comment', retry(42, 'writer', 'NONE'), 'retry:1'],
    ['/codex retry by NONE', 'issue_comment', retry(42, 'stranger', 'NONE'), 'untrusted_sender'],
    [
      '/codex retry now (not exactly retry)',
      'issue_comment',
      retry(42, 'boss', 'OWNER', 'now'),
      'run:command',
    ],
    [
      'a push (no events by default)',
      'push',
      { ref: 'refs/heads/main', after: 'abc', repository: { id: 42 }, sender: { id: 1, login: 'boss' } },
      'no_trigger',
    ],
    ['a ping', 'ping', { zen: 'z', repository: { id: 42 } }, 'ping'],
    ["a project's own command", 'issue_comment', comment(45, 'stranger', 'NONE', '@bot go'), 'run:command'],
    [
      'the platform command in a project with its own',
      'issue_comment',
      comment(45, 'stranger', 'OWNER'),
      'no_trigger',
    ],
    [
      "a project's own events, trusting everyone",
      'push',
      { ref: 'r', after: 'a', repository: { id: 45 }, sender: { id: 1, login: 'x' } },
      'run:event',
    ],
    [
      'a project whose stored policy is malformed uses the defaults',
      'issue_comment',
      comment(46, 'someone', 'MEMBER'),
      'run:command',
    ],
    [
      'an unbound repository: platform policy, associations only',
      'issue_comment',
      comment(99, 'writer', 'NONE'),
      'untrusted_sender',
    ],
    [
      'an unbound repository: a trusted association',
      'issue_comment',
      comment(99, 'x', 'COLLABORATOR'),
      'run:command',
    ],
    ['no repository at all', 'issues', { action: 'labeled', label: { name: 'run:dev' } }, 'no_trigger'],
  ])('%s → %s', (_name, event, payload, expected) => {
    expect(outcome(event, payload)).toBe(expected);
  });

  it('a push trusts the pusher as a project member (push has no author_association)', () => {
    const platform = { ...defaults(), triggers: { ...platformTriggers, events: ['push'] } };
    const push = (login: string) =>
      decide(
        'push',
        { ref: 'refs/heads/main', after: 'abc', repository: { id: 42 }, sender: { id: 1, login } },
        {
          repositories,
          memberships,
        },
        platform,
      ).decision;
    expect(push('writer')).toMatchObject({
      outcome: 'run',
      runPayload: { trigger: { kind: 'event', value: 'push' } },
    });
    expect(push('reader')).toEqual({ outcome: 'ignored', reason: 'untrusted_sender' });
    expect(push('stranger')).toEqual({ outcome: 'ignored', reason: 'untrusted_sender' });
  });

  it('a trusted command carries its instruction and what it is about', () => {
    const { decision } = decide('issue_comment', comment(42, 'boss', 'NONE', '/codex  add tests\nplease'), {
      repositories,
      memberships,
    });
    expect(decision).toMatchObject({
      outcome: 'run',
      runPayload: {
        trigger: { kind: 'command', value: '/codex' },
        instruction: 'add tests',
        subject: { kind: 'issue', number: 1, title: 'T' },
      },
    });
  });
});
