import { Counter, Histogram, type Registry } from 'prom-client';

export type WebhookResult =
  | 'accepted'
  | 'duplicate'
  | 'ignored'
  | 'too_large'
  | 'missing_header'
  | 'unauthorized'
  | 'invalid_json'
  | 'rejected'
  | 'unavailable'
  | 'error';

export interface WebhookMetrics {
  observe(result: WebhookResult, event: string, seconds: number): void;
}

/** codexk8s_webhook_requests_total{result,event} and codexk8s_webhook_duration_seconds{result}. */
export function createWebhookMetrics(registry: Registry): WebhookMetrics {
  const requests = new Counter({
    name: 'codexk8s_webhook_requests_total',
    help: 'GitHub webhook requests by result and event (event is "unknown" until the signature is verified)',
    labelNames: ['result', 'event'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'codexk8s_webhook_duration_seconds',
    help: 'Time to answer a GitHub webhook request, by result',
    labelNames: ['result'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  return {
    observe(result, event, seconds) {
      requests.inc({ result, event });
      duration.observe({ result }, seconds);
    },
  };
}
