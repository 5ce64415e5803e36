import { type ResolvedBinding } from './ports.js';
import { type ParsedDelivery } from './delivery.js';

/** The run payload of SPEC §4 without the raw delivery (which is appended as-is). */
export interface RunPayloadHead {
  source: 'github';
  delivery_id: string;
  event: string;
  action: string | null;
  received_at: string;
  repository: { id: number; full_name: string | null; name: string | null; private: boolean | null } | null;
  installation_id: number | null;
  sender: { id: number; login: string } | null;
  project: { id: string | null; repository_id: string | null; services_yaml: string | null; binding_resolved: boolean };
  learning_mode: boolean;
}

export function runPayloadHead(delivery: ParsedDelivery, binding: ResolvedBinding | null, learningMode: boolean): RunPayloadHead {
  const { repository, installation, sender, action } = delivery.summary;
  return {
    source: 'github',
    delivery_id: delivery.deliveryId,
    event: delivery.eventType,
    action: action ?? null,
    received_at: delivery.receivedAt.toISOString(),
    repository: repository
      ? { id: repository.id, full_name: repository.full_name ?? null, name: repository.name ?? null, private: repository.private ?? null }
      : null,
    installation_id: installation?.id ?? null,
    sender: sender ? { id: sender.id, login: sender.login } : null,
    project: {
      id: binding?.projectId ?? null,
      repository_id: binding?.repositoryId ?? null,
      services_yaml: binding?.servicesYamlPath ?? null,
      binding_resolved: binding !== null,
    },
    learning_mode: learningMode,
  };
}

/**
 * Serializes the run payload with the raw delivery under `raw_payload`, spliced in as the text
 * GitHub sent (already validated JSON) instead of parsing and re-stringifying ~10 KB per delivery.
 */
export function serializeRunPayload(head: RunPayloadHead, rawJson: string): string {
  const headJson = JSON.stringify(head);
  return `${headJson.slice(0, -1)},"raw_payload":${rawJson}}`;
}

/** Member override of the sender, else the project's default, else the platform default (SPEC §4). */
export function resolveLearningMode(binding: ResolvedBinding | null, platformDefault: boolean): boolean {
  if (!binding) return platformDefault;
  return binding.memberLearningModeOverride ?? binding.projectLearningModeDefault ?? platformDefault;
}
