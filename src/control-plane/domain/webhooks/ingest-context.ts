import { type ProjectRole } from '../../../shared/contract/project-role.js';
import { triggerOverridesFromSettings } from '../triggers/trigger-settings.js';
import { effectiveTriggerPolicy, type TriggerPolicy } from '../triggers/trigger-policy.js';
import { projectLearningModeDefault } from './learning-mode.js';
import { type BoundRepository, type IngestContext, type IngestContextQuery } from './ports.js';
import { type ParsedDelivery } from './delivery.js';

/** The platform's side of the rules (config). */
export interface IngestDefaults {
  triggers: TriggerPolicy;
  learningModeDefault: boolean;
}

/** A sender as a member of one project: their roles and the first override set among their users. */
export interface SenderInProject {
  roles: ProjectRole[];
  learningModeOverride: boolean | null;
}

interface ProjectRules {
  policy: TriggerPolicy;
  learningModeDefault: boolean | null;
}

const stranger: SenderInProject = { roles: [], learningModeOverride: null };

/** Lower-cased: GitHub logins are case-insensitive. */
export const senderKey = (login: string) => login.toLowerCase();

/** What one batch's read asks for: its deliveries' repositories and senders, each once. */
export function ingestContextQuery(deliveries: readonly ParsedDelivery[]): IngestContextQuery {
  const repositoryExternalIds = new Set<number>();
  const senderLogins = new Set<string>();
  for (const delivery of deliveries) {
    const repository = delivery.summary.repository;
    if (repository) repositoryExternalIds.add(repository.id);
    const login = delivery.summary.sender?.login;
    if (login) senderLogins.add(senderKey(login));
  }
  return { repositoryExternalIds: [...repositoryExternalIds], senderLogins: [...senderLogins] };
}

/** One batch's context, indexed for the rules; each project's settings are read once. */
export class IngestContextIndex {
  private readonly repositories = new Map<number, BoundRepository>();
  private readonly senders = new Map<string, SenderInProject>();
  private readonly projects = new Map<string, ProjectRules>();

  constructor(
    context: IngestContext,
    private readonly defaults: IngestDefaults,
  ) {
    for (const repository of context.repositories) this.repositories.set(repository.externalId, repository);
    // Oldest user first: should several users carry one login, the first override set wins.
    for (const membership of context.memberships) {
      const key = `${membership.projectId}\n${senderKey(membership.login)}`;
      const sender = this.senders.get(key) ?? { roles: [], learningModeOverride: null };
      sender.roles.push(membership.role);
      sender.learningModeOverride ??= membership.learningModeOverride;
      this.senders.set(key, sender);
    }
  }

  /** The binding of a repository (SPEC §4: provider github, external id); undefined when unbound. */
  repository(externalId: number | undefined): BoundRepository | undefined {
    return externalId === undefined ? undefined : this.repositories.get(externalId);
  }

  /** The sender as a member of the project (no roles, no override for a stranger). */
  sender(projectId: string, login: string | undefined): SenderInProject {
    return login === undefined
      ? stranger
      : (this.senders.get(`${projectId}\n${senderKey(login)}`) ?? stranger);
  }

  /** The trigger policy of a project, or the platform's for a delivery without one. */
  policy(repository: BoundRepository | undefined): TriggerPolicy {
    return repository ? this.projectRules(repository).policy : this.defaults.triggers;
  }

  /** The project's own learning mode default, null when it has none. */
  projectLearningModeDefault(repository: BoundRepository): boolean | null {
    return this.projectRules(repository).learningModeDefault;
  }

  private projectRules(repository: BoundRepository): ProjectRules {
    let rules = this.projects.get(repository.projectId);
    if (!rules) {
      const settings = repository.projectSettings as { triggers?: unknown } | null;
      rules = {
        policy: effectiveTriggerPolicy(
          this.defaults.triggers,
          triggerOverridesFromSettings(settings?.triggers),
        ),
        learningModeDefault: projectLearningModeDefault(settings),
      };
      this.projects.set(repository.projectId, rules);
    }
    return rules;
  }
}
