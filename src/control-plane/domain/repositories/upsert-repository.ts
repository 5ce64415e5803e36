import { requireActor, requireExistingProject, requireProjectWriter } from '../access/policy.js';
import { because, conflict, invalidArgument } from '../errors.js';
import { withAudit } from '../staff-call/audit.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { type RepositoriesPorts, type RepositoryRecord } from './ports.js';
import { repositoryAuditFields } from './repository-audit.js';

export interface UpsertRepositoryInput {
  projectId: string;
  provider: string;
  owner: string;
  name: string;
  token: string;
  servicesYamlPath?: string;
}

const ownerPattern = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const namePattern = /^[A-Za-z0-9._-]{1,100}$/;
const maxTokenLength = 1000;
const maxServicesYamlPathLength = 500;
const defaultServicesYamlPath = 'services.yaml';

function validate(input: UpsertRepositoryInput) {
  if (input.provider !== 'github') throw invalidArgument('provider: only github is supported');
  const owner = input.owner.trim();
  const name = input.name.trim();
  const token = input.token.trim();
  const servicesYamlPath = (input.servicesYamlPath ?? '').trim() || defaultServicesYamlPath;
  if (!ownerPattern.test(owner))
    throw invalidArgument('owner: a GitHub user or organization name (letters, digits, "-", at most 39)');
  if (!namePattern.test(name) || name === '.' || name === '..')
    throw invalidArgument('name: a GitHub repository name (letters, digits, ".", "_", "-", at most 100)');
  if (token.length === 0 || token.length > maxTokenLength || /\s/.test(token))
    throw invalidArgument(`token: 1 to ${maxTokenLength} characters without spaces`);
  if (servicesYamlPath.length > maxServicesYamlPathLength)
    throw invalidArgument(`servicesYamlPath: at most ${maxServicesYamlPathLength} characters`);
  return { provider: 'github' as const, owner, name, token, servicesYamlPath };
}

/**
 * repositories.upsert (SPEC §6): platform admins and the project's admins and read_write members
 * attach a GitHub repository with its token (or replace the token); nothing is stored until GitHub
 * has confirmed the repository with this token and the platform's webhook exists on it.
 */
export async function upsertRepository(
  deps: Pick<RepositoriesPorts, 'directory' | 'repositories' | 'github' | 'cipher' | 'audit' | 'transactor'>,
  call: StaffCall,
  input: UpsertRepositoryInput,
): Promise<RepositoryRecord> {
  const actor = await requireActor(deps.directory, call.actorUserId);
  const projectId = await requireExistingProject(deps.directory, input.projectId);
  await requireProjectWriter(deps.directory, actor, projectId);
  const valid = validate(input);

  const remote = await deps.github.getRepository(valid.token, valid.owner, valid.name);
  const existing = await deps.repositories.findByExternalId(valid.provider, remote.externalId);
  if (existing && existing.projectId !== projectId)
    throw conflict('repository: already attached to another project', because('repository_taken'));
  const webhookId = await deps.github.ensureWebhook(
    valid.token,
    remote.owner,
    remote.name,
    existing?.webhookId ?? null,
  );

  const { repository } = await withAudit(
    deps,
    call,
    actor,
    () =>
      deps.repositories.save({
        projectId,
        provider: valid.provider,
        externalId: remote.externalId,
        owner: remote.owner,
        name: remote.name,
        tokenEncrypted: deps.cipher.encrypt(valid.token),
        servicesYamlPath: valid.servicesYamlPath,
        webhookId,
      }),
    ({ repository, created }) => ({
      eventType: 'repository.upserted',
      resource: 'repository',
      resourceId: repository.id,
      payload: {
        ...repositoryAuditFields(repository),
        services_yaml_path: repository.servicesYamlPath,
        webhook_id: webhookId,
        created,
        token_replaced: !created,
      },
    }),
  );
  return repository;
}
