import { invalidArgument, notFound } from '../../errors.js';
import { type MemoryPlatform } from '../../testing/memory-platform.js';
import { type RepositoriesPorts, type RepositoryProviderApi, type TokenCipher } from '../ports.js';

/** A reversible stand-in for AES-GCM: what it seals can be told apart from the plain token. */
export const fakeCipher: TokenCipher = {
  encrypt: (plaintext) => Buffer.from(`sealed:${plaintext}`),
  decrypt: (ciphertext) => {
    const text = ciphertext.toString();
    if (!text.startsWith('sealed:')) throw new Error('not sealed by this key');
    return text.slice('sealed:'.length);
  },
};

/**
 * GitHub as the repositories use-cases see it: `repositories` it knows (by `owner/name`, any
 * case), the one `token` it accepts, and every call it got. `failDeletes` makes hook removal fail.
 */
export class FakeGitHub implements RepositoryProviderApi {
  readonly calls: string[] = [];
  failDeletes = false;

  constructor(
    private readonly repositories: Record<string, number>,
    private readonly token = 'ghp_good',
  ) {}

  async getRepository(token: string, owner: string, name: string) {
    this.calls.push(`get ${owner}/${name}`);
    if (token !== this.token) throw invalidArgument('token: GitHub refused it');
    const fullName = Object.keys(this.repositories).find(
      (key) => key.toLowerCase() === `${owner}/${name}`.toLowerCase(),
    );
    if (!fullName) throw notFound('repository: not found on GitHub');
    const [canonicalOwner = '', canonicalName = ''] = fullName.split('/');
    return { externalId: this.repositories[fullName] ?? 0, owner: canonicalOwner, name: canonicalName };
  }

  async ensureWebhook(_token: string, owner: string, name: string, knownHookId: number | null) {
    this.calls.push(`hook ${owner}/${name} ${knownHookId ?? 'new'}`);
    return knownHookId ?? 42;
  }

  async deleteWebhook(token: string, owner: string, name: string, hookId: number | null) {
    this.calls.push(`unhook ${owner}/${name} ${hookId} with ${token}`);
    if (this.failDeletes) throw new Error('GitHub is down');
  }
}

export function repositoriesPorts(memory: MemoryPlatform, github: FakeGitHub): RepositoriesPorts {
  return { ...memory, github, cipher: fakeCipher };
}
