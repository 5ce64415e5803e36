import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast, testId } from '../testing/memory-platform.js';
import { deleteRepository } from './delete-repository.js';
import { FakeGitHub, repositoriesPorts } from './testing/fakes.js';

function setup() {
  const cast = staffCast();
  const github = new FakeGitHub({});
  const repository = cast.memory.addRepository(cast.project, 'octo', 'service');
  return { ...cast, github, repository, deps: repositoriesPorts(cast.memory, github) };
}

describe('deleteRepository', () => {
  it('removes the webhook with the decrypted token, then the repository, audited', async () => {
    const { deps, writer, project, repository, github, memory } = setup();
    await deleteRepository(deps, callBy(writer), { projectId: project.id, repositoryId: repository.id });
    expect(github.calls).toEqual(['unhook octo/service 7 with token-of-octo/service']);
    expect(memory.state.repositories).toEqual([]);
    expect(memory.audit.entries()).toMatchObject([
      { eventType: 'repository.deleted', payload: { webhook_removed: true } },
    ]);
  });

  it('deletes the repository even when GitHub fails, and says so', async () => {
    const { deps, writer, project, repository, github, memory } = setup();
    github.failDeletes = true;
    const warnings: string[] = [];
    await deleteRepository(deps, callBy(writer, warnings), {
      projectId: project.id,
      repositoryId: repository.id,
    });
    expect(memory.state.repositories).toEqual([]);
    expect(warnings).toEqual([expect.stringContaining('could not remove the GitHub webhook')]);
    expect(memory.audit.entries()[0]?.payload.webhook_removed).toBe(false);
  });

  it('refuses readers and repositories of another project, before touching GitHub', async () => {
    const { deps, reader, writer, project, repository, github } = setup();
    expect(
      await refusalOf(
        deleteRepository(deps, callBy(reader), { projectId: project.id, repositoryId: repository.id }),
      ),
    ).toBe('permission_denied');
    expect(
      await refusalOf(
        deleteRepository(deps, callBy(writer), { projectId: project.id, repositoryId: testId(1) }),
      ),
    ).toBe('not_found');
    expect(github.calls).toEqual([]);
  });
});
