import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  checkedTriggerOverrides,
  storedTriggerSettings,
  triggerOverridesFromSettings,
  type TriggerOverridesInput,
} from './trigger-settings.js';
import { effectiveTriggerPolicy } from './trigger-policy.js';

function refusal(input: TriggerOverridesInput): string {
  try {
    checkedTriggerOverrides(input);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe('invalid_argument');
    return (error as DomainError).message;
  }
  throw new Error('accepted');
}

describe('checkedTriggerOverrides', () => {
  it.each([
    [{ labelPrefix: '' }, 'labelPrefix: must not be empty'],
    [{ labelPrefix: 'run: ' }, 'labelPrefix: must not contain whitespace'],
    [{ labelPrefix: 'x'.repeat(51) }, 'labelPrefix: must be at most 50 characters'],
    [{ command: '' }, 'command: must not be empty'],
    [{ command: '/codex now' }, 'command: must not contain whitespace'],
    [{ command: '\t/codex' }, 'command: must not contain whitespace'],
    [{ command: '/'.repeat(65) }, 'command: must be at most 64 characters'],
    [{ events: ['Push'] }, 'events: "Push" is not an event, event.action or *'],
    [{ events: ['issues.opened.now'] }, 'events: "issues.opened.now" is not an event, event.action or *'],
    [{ events: Array.from({ length: 65 }, () => 'push') }, 'events: must have at most 64 entries'],
    [{ trustedAssociations: ['FRIEND'] }, 'trustedAssociations: "FRIEND" is not one of'],
  ])('refuses %j naming the field', (input, message) => {
    expect(refusal(input)).toContain(message);
  });

  it('keeps what is given, normalized; null and absent fields follow the defaults', () => {
    expect(
      checkedTriggerOverrides({
        labelPrefix: 'agent:',
        command: null,
        events: ['push', 'issues.opened', 'push', '*'],
        trustedAssociations: ['owner', 'MEMBER', 'Owner'],
      }),
    ).toEqual({
      labelPrefix: 'agent:',
      events: ['push', 'issues.opened', '*'],
      trustedAssociations: ['OWNER', 'MEMBER'],
    });
    expect(checkedTriggerOverrides({ events: [], trustedAssociations: [] })).toEqual({
      events: [],
      trustedAssociations: [],
    });
  });
});

describe('stored trigger settings', () => {
  it('round-trips through the settings JSON', () => {
    const overrides = checkedTriggerOverrides({ command: '@bot', events: ['push'] });
    expect(storedTriggerSettings(overrides)).toEqual({ command: '@bot', events: ['push'] });
    expect(triggerOverridesFromSettings(storedTriggerSettings(overrides))).toEqual(overrides);
  });

  it('ignores what would not pass projects.triggers.set, field by field', () => {
    expect(triggerOverridesFromSettings(null)).toEqual({});
    expect(triggerOverridesFromSettings('run:')).toEqual({});
    expect(triggerOverridesFromSettings([{ command: '/x' }])).toEqual({});
    expect(
      triggerOverridesFromSettings({
        label_prefix: 'has space',
        command: 7,
        events: ['push', 3],
        trusted_associations: ['member'],
      }),
    ).toEqual({ trustedAssociations: ['MEMBER'] });
  });

  it('the effective policy takes the project over the defaults, field by field', () => {
    const defaults = { labelPrefix: 'run:', command: '/codex', events: [], trustedAssociations: ['OWNER'] };
    expect(effectiveTriggerPolicy(defaults, { command: '@bot', events: ['*'] })).toEqual({
      labelPrefix: 'run:',
      command: '@bot',
      events: ['*'],
      trustedAssociations: ['OWNER'],
    });
  });
});
