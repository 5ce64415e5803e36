import { type MatchedTrigger, type TriggerKind } from '../triggers/match-trigger.js';
import { type ParsedDelivery } from './delivery.js';
import { type RunSubject } from './delivery-facts.js';
import { type BoundRepository } from './ports.js';

/**
 * The run payload of SPEC §4 and §11 but `raw_payload`, which the store splices in as the body was
 * received (so PostgreSQL parses each payload once).
 */
export interface RunPayloadHead {
  source: 'github';
  delivery_id: string;
  event: string;
  action: string | null;
  received_at: string;
  repository: { id: number; full_name: string | null; name: string | null; private: boolean | null } | null;
  installation_id: number | null;
  sender: { id: number; login: string } | null;
  project: {
    id: string | null;
    repository_id: string | null;
    services_yaml: string | null;
    binding_resolved: boolean;
  };
  learning_mode: boolean;
  /** Why the run started: the label, the command or the event. */
  trigger: { kind: TriggerKind; value: string };
  /** The rest of the command's line; null unless a command started the run. */
  instruction: string | null;
  /** What the run is about: the issue, the pull request or the commit. */
  subject: RunSubject;
  /** Present when strings PostgreSQL cannot store (`\u0000`, lone surrogates) were replaced by U+FFFD. */
  sanitized?: true;
}

export function runPayloadHead(
  delivery: ParsedDelivery,
  decided: { repository: BoundRepository | undefined; learningMode: boolean; trigger: MatchedTrigger },
): RunPayloadHead {
  const { repository, installation, sender, action } = delivery.summary;
  const bound = decided.repository;
  return {
    source: 'github',
    delivery_id: delivery.deliveryId,
    event: delivery.eventType,
    action: action ?? null,
    received_at: delivery.receivedAt.toISOString(),
    repository: repository
      ? {
          id: repository.id,
          full_name: repository.full_name ?? null,
          name: repository.name ?? null,
          private: repository.private ?? null,
        }
      : null,
    installation_id: installation?.id ?? null,
    sender: sender ? { id: sender.id, login: sender.login } : null,
    project: {
      id: bound?.projectId ?? null,
      repository_id: bound?.repositoryId ?? null,
      services_yaml: bound?.servicesYamlPath ?? null,
      binding_resolved: bound !== undefined,
    },
    learning_mode: decided.learningMode,
    trigger: { kind: decided.trigger.kind, value: decided.trigger.value },
    instruction: decided.trigger.instruction,
    subject: delivery.facts.subject,
    ...(delivery.sanitized ? { sanitized: true as const } : {}),
  };
}
