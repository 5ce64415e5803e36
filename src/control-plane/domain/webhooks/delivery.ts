import { z } from 'zod';
import { invalidArgument } from '../errors.js';
import { deliveryFacts, type DeliveryFacts } from './delivery-facts.js';
import { maxPayloadDepth, nestsDeeperThan, withStorableEscapes } from './storable-json.js';

/**
 * Where a delivery recovered from GitHub's delivery log (SPEC §14) came from; absent for a delivery
 * that arrived as a signed webhook. Recorded in the flow event `webhook.recovered`.
 */
export interface DeliveryRecovery {
  /** GitHub's id of the log entry (the guid is the delivery id). */
  githubDeliveryId: number;
  /** When GitHub first tried to deliver it (also the delivery's `received_at`). */
  deliveredAt: Date;
  /** Our repository the log belongs to. */
  repositoryId: string;
}

/** One GitHub delivery as the edge hands it over (already signature-checked there). */
export interface IncomingDelivery {
  correlationId: string;
  deliveryId: string;
  eventType: string;
  receivedAt: Date;
  /** The raw body exactly as GitHub sent it. */
  payload: Uint8Array;
  /** Set when the delivery was recovered from GitHub's delivery log instead of arriving. */
  recovery?: DeliveryRecovery;
}

/** The few fields of a payload the platform reads; the rest travels untouched in `raw_payload`. */
const payloadSummarySchema = z.object({
  action: z.string().optional(),
  repository: z
    .object({
      id: z.number().int().nonnegative(),
      full_name: z.string().optional(),
      name: z.string().optional(),
      private: z.boolean().optional(),
    })
    .nullish(),
  installation: z.object({ id: z.number().int() }).nullish(),
  sender: z.object({ id: z.number().int(), login: z.string() }).nullish(),
});

export type PayloadSummary = z.output<typeof payloadSummarySchema>;

/** A delivery checked and summarized, ready for the transaction. */
export interface ParsedDelivery {
  correlationId: string;
  deliveryId: string;
  eventType: string;
  receivedAt: Date;
  /** The raw body as text (valid JSON, an object), with what jsonb cannot store replaced by U+FFFD. */
  rawJson: string;
  /** True when something was replaced (the run payload then says `sanitized: true`). */
  sanitized: boolean;
  summary: PayloadSummary;
  /** What the trigger policy and the run's subject read (delivery-facts.ts). */
  facts: DeliveryFacts;
  recovery?: DeliveryRecovery;
}

const identifier = /^[A-Za-z0-9._:-]{1,128}$/;
const eventName = /^[a-z_]{1,64}$/;
const textDecoder = new TextDecoder('utf-8', { fatal: true });

/** Checks what the edge sent: the control-plane trusts the edge's caller, not the payload's shape. */
export function parseDelivery(delivery: IncomingDelivery): ParsedDelivery {
  const correlationId = delivery.correlationId || delivery.deliveryId;
  if (!identifier.test(delivery.deliveryId)) throw invalidArgument('delivery_id is missing or malformed');
  if (!identifier.test(correlationId)) throw invalidArgument('correlation_id is malformed');
  if (!eventName.test(delivery.eventType)) throw invalidArgument('event_type is missing or malformed');
  let storable: ReturnType<typeof withStorableEscapes>;
  let parsed: unknown;
  try {
    storable = withStorableEscapes(textDecoder.decode(delivery.payload));
    parsed = JSON.parse(storable.text);
  } catch {
    throw invalidArgument('payload is not valid UTF-8 JSON');
  }
  if (nestsDeeperThan(parsed, maxPayloadDepth))
    throw invalidArgument(`payload nests objects and arrays deeper than ${maxPayloadDepth} levels`);
  const summary = payloadSummarySchema.safeParse(parsed);
  if (!summary.success) {
    const issue = summary.error.issues[0];
    throw invalidArgument(
      `payload: ${issue ? `${issue.path.join('.') || '(root)'} ${issue.message}` : 'unexpected shape'}`,
    );
  }
  return {
    correlationId,
    deliveryId: delivery.deliveryId,
    eventType: delivery.eventType,
    receivedAt: delivery.receivedAt,
    rawJson: storable.text.trim(),
    sanitized: storable.replaced,
    summary: summary.data,
    facts: deliveryFacts(delivery.eventType, parsed),
    ...(delivery.recovery ? { recovery: delivery.recovery } : {}),
  };
}
