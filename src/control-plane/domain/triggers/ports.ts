import { type AccessDirectory } from '../access/actor.js';
import { type AuditTrail } from '../staff-call/audit.js';
import { type Transactor } from '../staff-call/transaction.js';
import { type StoredTriggerSettings } from './trigger-settings.js';
import { type TriggerOverrides, type TriggerPolicy } from './trigger-policy.js';

/** A project's trigger settings as stored in `projects.settings.triggers`. */
export interface ProjectTriggersStore {
  /** The stored `settings.triggers` (any JSON, undefined when unset); null when there is no such project. */
  readTriggerSettings(projectId: string): Promise<{ stored: unknown } | null>;
  /** Replaces `settings.triggers` (an empty object removes it), leaving the other settings alone. */
  writeTriggerSettings(projectId: string, settings: StoredTriggerSettings): Promise<void>;
}

export interface TriggersPorts {
  directory: AccessDirectory;
  triggers: ProjectTriggersStore;
  audit: AuditTrail;
  transactor: Transactor;
  /** CODEXK8S_TRIGGER_*: what a project's policy falls back to. */
  platformDefaults: TriggerPolicy;
}

/** projects.triggers.get/set answer: the policy in force, the project's own choices and the defaults. */
export interface ProjectTriggersView {
  projectId: string;
  effective: TriggerPolicy;
  project: TriggerOverrides;
  defaults: TriggerPolicy;
}
