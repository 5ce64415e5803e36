import { Counter, type Registry } from 'prom-client';
import { type RecoveryMetrics } from '../domain/delivery-recovery/ports.js';

/**
 * codexk8s_webhook_recovered_total{repository}: deliveries recovered from GitHub's delivery log
 * (SPEC §14); codexk8s_webhook_recovery_failures_total{repository,reason}: walks that GitHub refused
 * (`unauthorized`, `hook_missing`), held back (`rate_limited`) or that broke (`failed`).
 */
export function createDeliveryRecoveryMetrics(registry: Registry): RecoveryMetrics {
  const recovered = new Counter({
    name: 'codexk8s_webhook_recovered_total',
    help: 'Deliveries that never arrived, recovered from the webhook delivery log',
    labelNames: ['repository'],
    registers: [registry],
  });
  const failures = new Counter({
    name: 'codexk8s_webhook_recovery_failures_total',
    help: 'Walks of a webhook delivery log that ended without reading it all, by reason',
    labelNames: ['repository', 'reason'],
    registers: [registry],
  });
  return {
    recovered: (repository, count) => recovered.inc({ repository }, count),
    failed: (repository, reason) => failures.inc({ repository, reason }),
  };
}
