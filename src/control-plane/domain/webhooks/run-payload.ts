import { type ParsedDelivery } from './delivery.js';

/**
 * The part of the run payload of SPEC §4 known from the delivery alone; the store completes it
 * with `project` and `learning_mode` (which depend on the binding) and `raw_payload`.
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
  /** Present when strings PostgreSQL cannot store (`\u0000`, lone surrogates) were replaced by U+FFFD. */
  sanitized?: true;
}

export function runPayloadHead(delivery: ParsedDelivery): RunPayloadHead {
  const { repository, installation, sender, action } = delivery.summary;
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
    ...(delivery.sanitized ? { sanitized: true as const } : {}),
  };
}
