import { describe, expect, it } from 'vitest';
import { callBy, refusalOf, staffCast } from '../testing/memory-platform.js';
import { FakeGitHub, repositoriesPorts } from './testing/fakes.js';
import { upsertRepository } from './upsert-repository.js';

function setup() {
  const cast = staffCast();
  const github = new FakeGitHub({ 'Octo/Service': 501 });
  return { ...cast, github, deps: repositoriesPorts(cast.memory, github) };
}

const input = (projectId: string, token = 'ghp_good') => ({
  projectId,
  provider: 'github',
  owner: 'octo',
  name: 'service',
  token,
});

describe('upsertRepository', () => {
  it('stores the repository as GitHub spells it, its token sealed, after the webhook exists', async () => {
    const { deps, writer, project, github, memory } = setup();
    const repository = await upsertRepository(deps, callBy(writer), input(project.id));
    expect(repository).toMatchObject({
      owner: 'Octo',
      name: 'Service',
      externalId: 501,
      servicesYamlPath: 'services.yaml',
    });
    expect(github.calls).toEqual(['get octo/service', 'hook Octo/Service new']);
    expect(memory.state.repositories[0]?.tokenEncrypted.toString()).toBe('sealed:ghp_good');
    // Again: the same row, the same hook updated, the token replaced.
    await upsertRepository(deps, callBy(writer), input(project.id));
    expect(github.calls.at(-1)).toBe('hook Octo/Service 42');
    expect(
      memory.audit.entries().map((entry) => [entry.payload.created, entry.payload.token_replaced]),
    ).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('refuses readers, bad input, a token GitHub refuses and a repository of another project, storing nothing', async () => {
    const { deps, writer, reader, admin, project, memory, github } = setup();
    const other = memory.addProject('beta');
    memory.addRepository(other, 'Octo', 'Service').externalId = 501;
    const cases: Array<[Promise<unknown>, string]> = [
      [upsertRepository(deps, callBy(reader), input(project.id)), 'permission_denied'],
      [
        upsertRepository(deps, callBy(writer), { ...input(project.id), provider: 'gitlab' }),
        'invalid_argument',
      ],
      [upsertRepository(deps, callBy(writer), { ...input(project.id), owner: '-bad' }), 'invalid_argument'],
      [upsertRepository(deps, callBy(writer), input(project.id, 'with space')), 'invalid_argument'],
      [upsertRepository(deps, callBy(writer), input(project.id, 'ghp_wrong')), 'invalid_argument'],
      [upsertRepository(deps, callBy(admin), input(project.id)), 'conflict'],
    ];
    for (const [attempt, kind] of cases) expect(await refusalOf(attempt)).toBe(kind);
    expect(memory.state.repositories.map((repository) => repository.projectId)).toEqual([other.id]);
    expect(github.calls.filter((call) => call.startsWith('hook'))).toEqual([]);
  });
});
