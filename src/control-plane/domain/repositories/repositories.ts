import { type AccessDirectory } from '../access/actor.js';
import { requireActor, requireProjectReader, requireProjectWriter } from '../access/policy.js';
import { conflict, invalidArgument, notFound } from '../errors.js';
import { type ProjectWebhookRemover } from '../projects/ports.js';
import { type AuditTrail } from '../staff/audit.js';
import { type StaffCall } from '../staff/call.js';
import { type Page, pageRequest } from '../staff/pagination.js';
import { type Transactor } from '../staff/transaction.js';
import { requireUuid } from '../staff/validation.js';
import {
  type RepositoryProviderApi,
  type RepositoryRecord,
  type RepositoryStore,
  type RepositoryWithCredentials,
  type TokenCipher,
} from './ports.js';

export interface RepositoriesDependencies {
  directory: AccessDirectory;
  repositories: RepositoryStore;
  github: RepositoryProviderApi;
  cipher: TokenCipher;
  audit: AuditTrail;
  transactor: Transactor;
}

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
export const defaultServicesYamlPath = 'services.yaml';

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

/** repositories.list / upsert / delete (SPEC §6) and the webhook clean-up of projects.delete. */
export class RepositoriesService implements ProjectWebhookRemover {
  constructor(private readonly deps: RepositoriesDependencies) {}

  async list(
    call: StaffCall,
    projectId: string,
    limit: number | undefined,
    cursor: string | undefined,
  ): Promise<Page<RepositoryRecord>> {
    const actor = await requireActor(this.deps.directory, call.actorUserId);
    const page = pageRequest(limit, cursor);
    const id = await this.requireProject(projectId);
    await requireProjectReader(this.deps.directory, actor, id);
    return this.deps.repositories.list(id, page);
  }

  async upsert(call: StaffCall, input: UpsertRepositoryInput): Promise<RepositoryRecord> {
    const actor = await requireActor(this.deps.directory, call.actorUserId);
    const projectId = await this.requireProject(input.projectId);
    await requireProjectWriter(this.deps.directory, actor, projectId);
    const valid = validate(input);

    // Nothing is stored until GitHub has confirmed the repository with this token and the hook exists.
    const remote = await this.deps.github.getRepository(valid.token, valid.owner, valid.name);
    const existing = await this.deps.repositories.findByExternalId(valid.provider, remote.externalId);
    if (existing && existing.projectId !== projectId)
      throw conflict('repository: already attached to another project');
    const webhookId = await this.deps.github.ensureWebhook(
      valid.token,
      remote.owner,
      remote.name,
      existing?.webhookId ?? null,
    );

    return this.deps.transactor.inTransaction(async () => {
      const { repository, created } = await this.deps.repositories.save({
        projectId,
        provider: valid.provider,
        externalId: remote.externalId,
        owner: remote.owner,
        name: remote.name,
        tokenEncrypted: this.deps.cipher.encrypt(valid.token),
        servicesYamlPath: valid.servicesYamlPath,
        webhookId,
      });
      await this.deps.audit.append({
        actorUserId: actor.userId,
        eventType: 'repository.upserted',
        resource: 'repository',
        resourceId: repository.id,
        requestId: call.requestId,
        payload: {
          project_id: projectId,
          repository_id: repository.id,
          provider: repository.provider,
          external_id: repository.externalId,
          full_name: `${repository.owner}/${repository.name}`,
          services_yaml_path: repository.servicesYamlPath,
          webhook_id: webhookId,
          created,
          token_replaced: !created,
        },
      });
      return repository;
    });
  }

  async delete(call: StaffCall, input: { projectId: string; repositoryId: string }): Promise<void> {
    const actor = await requireActor(this.deps.directory, call.actorUserId);
    const projectId = await this.requireProject(input.projectId);
    await requireProjectWriter(this.deps.directory, actor, projectId);
    const repository = await this.deps.repositories.findInProject(
      projectId,
      requireUuid('repositoryId', input.repositoryId),
    );
    if (!repository) throw notFound('repository not found in this project');
    const webhookRemoved = await this.removeWebhook(repository, call.warn);
    await this.deps.transactor.inTransaction(async () => {
      await this.deps.repositories.delete(repository.id);
      await this.deps.audit.append({
        actorUserId: actor.userId,
        eventType: 'repository.deleted',
        resource: 'repository',
        resourceId: repository.id,
        requestId: call.requestId,
        payload: {
          project_id: projectId,
          repository_id: repository.id,
          provider: repository.provider,
          external_id: repository.externalId,
          full_name: `${repository.owner}/${repository.name}`,
          webhook_removed: webhookRemoved,
        },
      });
    });
  }

  async removeProjectWebhooks(
    projectId: string,
    warn: (details: Record<string, unknown>, message: string) => void,
  ): Promise<{ repositories: number; removed: number }> {
    const repositories = await this.deps.repositories.listWithCredentials(projectId);
    let removed = 0;
    for (const repository of repositories) if (await this.removeWebhook(repository, warn)) removed += 1;
    return { repositories: repositories.length, removed };
  }

  /** Best effort (SPEC §6): a failure is logged, never fatal; the repository goes either way. */
  private async removeWebhook(
    repository: RepositoryWithCredentials,
    warn: (details: Record<string, unknown>, message: string) => void,
  ): Promise<boolean> {
    if (repository.provider !== 'github') return false;
    try {
      const token = this.deps.cipher.decrypt(repository.tokenEncrypted);
      await this.deps.github.deleteWebhook(token, repository.owner, repository.name, repository.webhookId);
      return true;
    } catch (error) {
      warn(
        {
          repositoryId: repository.id,
          repository: `${repository.owner}/${repository.name}`,
          err: error instanceof Error ? error.message : String(error),
        },
        'could not remove the GitHub webhook; remove it by hand if the repository still exists',
      );
      return false;
    }
  }

  private async requireProject(projectId: string): Promise<string> {
    const id = requireUuid('projectId', projectId);
    if (!(await this.deps.repositories.projectExists(id))) throw notFound('project not found');
    return id;
  }
}
