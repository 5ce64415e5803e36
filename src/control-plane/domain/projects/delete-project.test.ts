import { describe, expect, it } from 'vitest';
import { type ProjectWebhookRemover } from './ports.js';
import { callBy, refusalOf, staffCast } from '../testing/memory-platform.js';
import { deleteProject } from './delete-project.js';

function setup() {
  const cast = staffCast();
  cast.memory.addRun(cast.project, 'succeeded');
  const removed: string[] = [];
  const webhooks: ProjectWebhookRemover = {
    removeProjectWebhooks: async (projectId) => {
      removed.push(projectId);
      return { repositories: 2, removed: 1 };
    },
  };
  return { ...cast, removed, deps: { ...cast.memory, webhooks } };
}

describe('deleteProject', () => {
  it('lets only the owner delete: webhooks first, then the project with its run history, audited', async () => {
    const { deps, owner, project, memory, removed } = setup();
    await deleteProject(deps, callBy(owner), { projectId: project.id });
    expect(removed).toEqual([project.id]);
    expect(memory.state.projects).toEqual([]);
    expect(memory.state.runs).toEqual([]);
    expect(memory.audit.entries()).toMatchObject([
      {
        eventType: 'project.deleted',
        resourceId: project.id,
        payload: { runs_deleted: 1, flow_events_deleted: 1, repositories: 2, webhooks_removed: 1 },
      },
    ]);
  });

  it('refuses admins who are not the owner and unknown projects before touching GitHub', async () => {
    const { deps, admin, owner, project, removed, memory } = setup();
    expect(await refusalOf(deleteProject(deps, callBy(admin), { projectId: project.id }))).toBe(
      'permission_denied',
    );
    expect(
      await refusalOf(deleteProject(deps, callBy(owner), { projectId: memory.state.users[0]!.id })),
    ).toBe('not_found');
    expect(removed).toEqual([]);
    expect(memory.state.projects).toHaveLength(1);
  });
});
