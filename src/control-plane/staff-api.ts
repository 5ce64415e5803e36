/**
 * Wiring of the staff API (SPEC §6): stores → use-cases → gRPC handlers for projects, runs
 * (read side), users, members and repositories. Called from main.ts; holds no logic.
 */
import { type ControlPlaneHandlers } from '../shared/proto/index.js';
import { type ControlPlaneConfig } from './config.js';
import { AesGcmTokenCipher } from './crypto/token-cipher.js';
import { MembersService } from './domain/members/members.js';
import { ProjectsService } from './domain/projects/projects.js';
import { RepositoriesService } from './domain/repositories/repositories.js';
import { RunsService } from './domain/runs/runs.js';
import { UsersService } from './domain/users/users.js';
import { GitHubRepositoryApi } from './github/repository-api.js';
import { type HandlerDependencies } from './grpc/handler.js';
import { type TriggerPolicy } from './domain/triggers/trigger-policy.js';
import { deliveriesHandlers } from './grpc/handlers/deliveries.js';
import { membersHandlers } from './grpc/handlers/members.js';
import { projectsHandlers } from './grpc/handlers/projects.js';
import { repositoriesHandlers } from './grpc/handlers/repositories.js';
import { triggersHandlers } from './grpc/handlers/triggers.js';
import { runsHandlers } from './grpc/handlers/runs.js';
import { usersHandlers } from './grpc/handlers/users.js';
import { type MikroORM } from './persistence/orm.js';
import { SqlAccessDirectory } from './persistence/stores/access-directory-store.js';
import { SqlAuditTrail } from './persistence/stores/audit-trail-store.js';
import { SqlDeliveryStore } from './persistence/stores/delivery-store.js';
import { SqlMemberStore } from './persistence/stores/member-store.js';
import { SqlProjectStore } from './persistence/stores/project-store.js';
import { SqlProjectTriggersStore } from './persistence/stores/project-triggers-store.js';
import { SqlRepositoryStore } from './persistence/stores/repository-store.js';
import { SqlRunStore } from './persistence/stores/run-store.js';
import { SqlTransactor } from './persistence/stores/transactor.js';
import { SqlUserStore } from './persistence/stores/user-store.js';

export const githubWebhookPath = '/api/v1/webhooks/github';

/** CODEXK8S_TRIGGER_*: the platform's trigger policy (SPEC §11). */
export function triggerDefaults(config: ControlPlaneConfig): TriggerPolicy {
  return {
    labelPrefix: config.CODEXK8S_TRIGGER_LABEL_PREFIX,
    command: config.CODEXK8S_TRIGGER_COMMAND,
    events: config.CODEXK8S_TRIGGER_EVENTS,
    trustedAssociations: config.CODEXK8S_TRIGGER_TRUSTED_ASSOCIATIONS,
  };
}

export function createStaffApiHandlers(options: {
  config: ControlPlaneConfig;
  orm: MikroORM;
  handlerDeps: HandlerDependencies;
}): Partial<ControlPlaneHandlers> {
  const { config, orm, handlerDeps } = options;
  const directory = new SqlAccessDirectory(orm);
  const audit = new SqlAuditTrail(orm);
  const transactor = new SqlTransactor(orm);
  const [webhookSecret] = config.CODEXK8S_GITHUB_WEBHOOK_SECRET;
  if (webhookSecret === undefined) throw new Error('CODEXK8S_GITHUB_WEBHOOK_SECRET: is required');

  const repositories = new RepositoriesService({
    directory,
    repositories: new SqlRepositoryStore(orm),
    github: new GitHubRepositoryApi({
      baseUrl: config.CODEXK8S_GITHUB_API_BASE_URL,
      webhookUrl: `${config.CODEXK8S_PUBLIC_BASE_URL}${githubWebhookPath}`,
      webhookSecret,
      events: config.CODEXK8S_GITHUB_WEBHOOK_EVENTS,
    }),
    cipher: new AesGcmTokenCipher(config.CODEXK8S_TOKEN_ENCRYPTION_KEY),
    audit,
    transactor,
  });
  const projects = new ProjectsService({
    directory,
    projects: new SqlProjectStore(orm),
    webhooks: repositories,
    audit,
    transactor,
    learningModeDefault: config.CODEXK8S_LEARNING_MODE_DEFAULT,
  });

  return {
    ...projectsHandlers(handlerDeps, projects),
    ...runsHandlers(handlerDeps, new RunsService({ directory, runs: new SqlRunStore(orm) })),
    ...usersHandlers(
      handlerDeps,
      new UsersService({ directory, users: new SqlUserStore(orm), audit, transactor }),
    ),
    ...membersHandlers(
      handlerDeps,
      new MembersService({ directory, members: new SqlMemberStore(orm), audit, transactor }),
    ),
    ...repositoriesHandlers(handlerDeps, repositories),
    ...triggersHandlers(handlerDeps, {
      directory,
      triggers: new SqlProjectTriggersStore(orm),
      audit,
      transactor,
      platformDefaults: triggerDefaults(config),
    }),
    ...deliveriesHandlers(handlerDeps, { directory, deliveries: new SqlDeliveryStore(orm) }),
  };
}
