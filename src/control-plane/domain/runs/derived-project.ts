import { createHash } from 'node:crypto';
import { type DerivedProject } from './ports.js';

/** Fixed namespace of derived project ids: the same repository yields the same id on every replica. */
const derivedProjectNamespace = '3b0f6a1e-6c1d-5b7e-9a53-2f5c0d8e4a71';

/** RFC 4122 version-5 (SHA-1, name-based) UUID. */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The project of a run whose repository is bound to none (SPEC §7): id derived from the repository
 * full name, slug from the same name (`owner/name` → `owner-name`, which keeps two owners' repositories
 * of the same name apart), name = the full name.
 */
export function deriveProject(repositoryFullName: string): DerivedProject {
  const fullName = repositoryFullName.trim();
  const slug =
    fullName
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[^a-z0-9]+/, '')
      .slice(0, 100)
      .replace(/[-.]+$/, '') || 'repository';
  return {
    id: uuidV5(`github:${fullName.toLowerCase()}`, derivedProjectNamespace),
    slug,
    name: fullName.slice(0, 200),
  };
}
