import { describe, expect, it } from 'vitest';
import { senderIsTrusted } from './sender-trust.js';

const defaults = ['OWNER', 'MEMBER', 'COLLABORATOR'];

describe('senderIsTrusted', () => {
  it('trusts every label: only people with triage access can apply one', () => {
    expect(senderIsTrusted('label', [], { association: 'NONE', memberRoles: [] })).toBe(true);
  });

  it.each([
    ['OWNER', true],
    ['MEMBER', true],
    ['COLLABORATOR', true],
    ['CONTRIBUTOR', false],
    ['FIRST_TIME_CONTRIBUTOR', false],
    ['NONE', false],
    ['owner', true],
  ])('a command by %s (no membership): %s', (association, trusted) => {
    expect(senderIsTrusted('command', defaults, { association, memberRoles: [] })).toBe(trusted);
    expect(senderIsTrusted('event', defaults, { association, memberRoles: [] })).toBe(trusted);
  });

  it.each([
    [['read_write'], true],
    [['admin'], true],
    [['read'], false],
    [['read', 'admin'], true],
    [[], false],
  ] as const)('a stranger to GitHub (NONE) with project roles %j: %s', (memberRoles, trusted) => {
    expect(senderIsTrusted('command', defaults, { association: 'NONE', memberRoles })).toBe(trusted);
    expect(senderIsTrusted('event', defaults, { association: null, memberRoles })).toBe(trusted);
  });

  it('* trusts everyone; an empty list trusts only project members', () => {
    expect(senderIsTrusted('event', ['*'], { association: null, memberRoles: [] })).toBe(true);
    expect(senderIsTrusted('command', [], { association: 'OWNER', memberRoles: [] })).toBe(false);
    expect(senderIsTrusted('command', [], { association: 'OWNER', memberRoles: ['read_write'] })).toBe(true);
    expect(senderIsTrusted('command', ['CONTRIBUTOR'], { association: 'CONTRIBUTOR', memberRoles: [] })).toBe(
      true,
    );
  });
});
