import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast, testId } from '../testing/memory-platform.js';
import { upsertMember } from './upsert-member.js';

describe('upsertMember', () => {
  it('adds an allowlisted user by email or changes a role by user id, auditing the previous role', async () => {
    const { memory, admin, outsider, reader, project } = staffCast();
    const added = await upsertMember(memory, callBy(admin), {
      projectId: project.id,
      email: ' Outsider@Example.com ',
      role: 'read',
    });
    expect(added).toMatchObject({ userId: outsider.id, role: 'read' });
    await upsertMember(memory, callBy(admin), { projectId: project.id, userId: reader.id, role: 'admin' });
    expect(
      memory.audit
        .entries()
        .map((entry) => [entry.payload.email, entry.payload.role, entry.payload.previous_role]),
    ).toEqual([
      ['outsider@example.com', 'read', null],
      ['reader@example.com', 'admin', 'read'],
    ]);
  });

  it('refuses non-admins, unknown roles, unknown users and emails nobody allowlisted', async () => {
    const { memory, admin, writer, reader, project } = staffCast();
    const call = callBy(admin);
    const cases: Array<[Promise<unknown>, string]> = [
      [
        upsertMember(memory, callBy(writer), { projectId: project.id, userId: reader.id, role: 'read' }),
        'permission_denied',
      ],
      [
        upsertMember(memory, call, { projectId: project.id, userId: reader.id, role: 'owner' }),
        'invalid_argument',
      ],
      [upsertMember(memory, call, { projectId: project.id, userId: testId(1), role: 'read' }), 'not_found'],
      [
        upsertMember(memory, call, { projectId: project.id, email: 'nobody@example.com', role: 'read' }),
        'not_found',
      ],
      [upsertMember(memory, call, { projectId: project.id, role: 'read' }), 'invalid_argument'],
      [upsertMember(memory, call, { projectId: testId(2), userId: reader.id, role: 'read' }), 'not_found'],
    ];
    for (const [attempt, kind] of cases) expect(await refusalOf(attempt)).toBe(kind);
    expect(memory.audit.entries()).toEqual([]);
  });
});
