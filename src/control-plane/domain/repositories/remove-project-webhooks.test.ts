import { describe, expect, it } from 'vitest';
import { staffCast } from '../testing/memory-platform.js';
import { removeProjectWebhooks } from './remove-project-webhooks.js';
import { FakeGitHub, repositoriesPorts } from './testing/fakes.js';

describe('removeProjectWebhooks', () => {
  it('removes every repository’s webhook, counting those it could not remove instead of failing', async () => {
    const { memory, project } = staffCast();
    memory.addRepository(project, 'octo', 'one');
    memory.addRepository(project, 'octo', 'two').tokenEncrypted = Buffer.from('sealed by a rotated key');
    const github = new FakeGitHub({});
    const warnings: string[] = [];
    const result = await removeProjectWebhooks(repositoriesPorts(memory, github), {
      projectId: project.id,
      warn: (_details, message) => warnings.push(message),
    });
    expect(result).toEqual({ repositories: 2, removed: 1 });
    expect(github.calls).toEqual(['unhook octo/one 7 with token-of-octo/one']);
    expect(warnings).toHaveLength(1);
  });
});
