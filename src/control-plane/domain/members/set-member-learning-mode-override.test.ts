import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast } from '../testing/memory-platform.js';
import { setMemberLearningModeOverride } from './set-member-learning-mode-override.js';

describe('setMemberLearningModeOverride', () => {
  it('sets and clears a member’s override, auditing the previous value', async () => {
    const { memory, admin, reader, project } = staffCast();
    const input = { projectId: project.id, userId: reader.id };
    expect(
      await setMemberLearningModeOverride(memory, callBy(admin), { ...input, enabled: true }),
    ).toMatchObject({
      learningModeOverride: true,
    });
    expect(
      await setMemberLearningModeOverride(memory, callBy(admin), { ...input, enabled: null }),
    ).toMatchObject({
      learningModeOverride: null,
    });
    expect(memory.audit.entries().map((entry) => [entry.payload.enabled, entry.payload.previous])).toEqual([
      [true, null],
      [null, true],
    ]);
  });

  it('refuses non-admins and users who are not members, writing nothing', async () => {
    const { memory, admin, writer, outsider, project } = staffCast();
    const attempt = (caller: { id: string }, userId: string) =>
      refusalOf(
        setMemberLearningModeOverride(memory, callBy(caller), {
          projectId: project.id,
          userId,
          enabled: true,
        }),
      );
    expect(await attempt(writer, writer.id)).toBe('permission_denied');
    expect(await attempt(admin, outsider.id)).toBe('not_found');
    expect(memory.audit.entries()).toEqual([]);
  });
});
