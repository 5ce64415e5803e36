import { describe, expect, it } from 'vitest';
import { commandInstruction, matchTrigger, type TriggerFacts } from './match-trigger.js';
import { type TriggerPolicy } from './trigger-policy.js';

const policy: TriggerPolicy = {
  labelPrefix: 'run:',
  command: '/codex',
  events: [],
  trustedAssociations: ['OWNER', 'MEMBER', 'COLLABORATOR'],
};
const facts = (overrides: Partial<TriggerFacts>): TriggerFacts => ({
  event: 'issues',
  action: 'opened',
  hasRepository: true,
  labelName: null,
  body: null,
  ...overrides,
});

describe('matchTrigger', () => {
  it.each([
    [
      'issues labeled run:dev',
      facts({ action: 'labeled', labelName: 'run:dev' }),
      { kind: 'label', value: 'run:dev' },
    ],
    [
      'pull_request labeled run:review',
      facts({ event: 'pull_request', action: 'labeled', labelName: 'run:review' }),
      { kind: 'label', value: 'run:review' },
    ],
    ['a label without the prefix', facts({ action: 'labeled', labelName: 'bug' }), null],
    ['the prefix in another case', facts({ action: 'labeled', labelName: 'Run:dev' }), null],
    ['unlabeled run:dev', facts({ action: 'unlabeled', labelName: 'run:dev' }), null],
    ['a labeled discussion', facts({ event: 'discussion', action: 'labeled', labelName: 'run:dev' }), null],
    ['no label name', facts({ action: 'labeled' }), null],
  ])('labels: %s', (_name, given, expected) => {
    expect(matchTrigger(policy, given)).toEqual(expected && { ...expected, instruction: null });
  });

  it.each([
    ['issue_comment created', 'issue_comment', 'created', '/codex do it', 'do it'],
    ['pull_request_review_comment created', 'pull_request_review_comment', 'created', '/codex fix', 'fix'],
    ['pull_request_review submitted', 'pull_request_review', 'submitted', '/codex', ''],
    ['the command alone', 'issue_comment', 'created', '/codex\r\nmore text', ''],
    ['after blank lines and spaces', 'issue_comment', 'created', '\n\n  /codex  go  \nthen', 'go'],
    ['a tab after the command', 'issue_comment', 'created', '/codex\tgo', 'go'],
    ['a word that starts like the command', 'issue_comment', 'created', '/codexify now', null],
    ['the command on the second line', 'issue_comment', 'created', 'hello\n/codex do it', null],
    ['an edited comment', 'issue_comment', 'edited', '/codex do it', null],
    ['a deleted review comment', 'pull_request_review_comment', 'deleted', '/codex do it', null],
    ['a comment on a commit', 'commit_comment', 'created', '/codex do it', null],
  ])('commands: %s', (_name, event, action, body, instruction) => {
    const matched = matchTrigger(policy, facts({ event, action, body }));
    expect(matched).toEqual(instruction === null ? null : { kind: 'command', value: '/codex', instruction });
  });

  it('events: the event, event.action, or * (every delivery with a repository)', () => {
    const push = facts({ event: 'push', action: null });
    expect(matchTrigger(policy, push)).toBeNull();
    expect(matchTrigger({ ...policy, events: ['push'] }, push)).toEqual({
      kind: 'event',
      value: 'push',
      instruction: null,
    });
    expect(matchTrigger({ ...policy, events: ['issues.opened'] }, facts({}))).toMatchObject({
      kind: 'event',
      value: 'issues.opened',
    });
    expect(matchTrigger({ ...policy, events: ['issues.closed'] }, facts({}))).toBeNull();
    expect(matchTrigger({ ...policy, events: ['issues'] }, facts({}))).toMatchObject({
      value: 'issues.opened',
    });
    expect(matchTrigger({ ...policy, events: ['push', '*'] }, facts({ event: 'release' }))).toMatchObject({
      kind: 'event',
    });
    expect(matchTrigger({ ...policy, events: ['*'] }, facts({ hasRepository: false }))).toBeNull();
  });

  it('label before command before event', () => {
    const everything = { ...policy, events: ['*'] };
    expect(matchTrigger(everything, facts({ action: 'labeled', labelName: 'run:x' }))?.kind).toBe('label');
    expect(
      matchTrigger(everything, facts({ event: 'issue_comment', action: 'created', body: '/codex x' }))?.kind,
    ).toBe('command');
    expect(
      matchTrigger(everything, facts({ event: 'issue_comment', action: 'created', body: 'hi' }))?.kind,
    ).toBe('event');
  });

  it("follows the policy's own prefix and command", () => {
    const own = { ...policy, labelPrefix: 'agent/', command: '@bot' };
    expect(matchTrigger(own, facts({ action: 'labeled', labelName: 'agent/dev' }))).toMatchObject({
      kind: 'label',
    });
    expect(matchTrigger(own, facts({ action: 'labeled', labelName: 'run:dev' }))).toBeNull();
    expect(
      matchTrigger(own, facts({ event: 'issue_comment', action: 'created', body: '@bot ship' })),
    ).toMatchObject({ kind: 'command', value: '@bot', instruction: 'ship' });
  });
});

describe('commandInstruction', () => {
  it('is the rest of the first line, trimmed; null when the line does not start with the command', () => {
    expect(commandInstruction('/codex   a  b  ', '/codex')).toBe('a  b');
    expect(commandInstruction('  /codex', '/codex')).toBe('');
    expect(commandInstruction('/cod', '/codex')).toBeNull();
    expect(commandInstruction('', '/codex')).toBeNull();
  });
});
