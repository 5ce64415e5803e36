/**
 * A fuzz test that stays (SPEC §15): thousands of mutated, validly signed deliveries, 16 at a time,
 * through the real edge and control-plane into PostgreSQL. Whatever the body, the platform answers
 * below 500 and stays up; a delivery answered 2xx is recorded exactly once with the outcome it was
 * answered (a run, or ignored and why: the policy lists a few events, so both come up), one refused
 * stores nothing.
 *
 * Each run draws a new seed; a failure prints it (and fast-check's path). Reproduce with
 * `FUZZ_SEED=<seed> npx vitest run test/integration/webhooks-fuzz.test.ts`.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { sendWebhook, type WebhookAnswer } from '../support/github-webhooks.js';
import {
  newSecrets,
  startControlPlane,
  startEdge,
  type ControlPlaneHandle,
  type EdgeHandle,
  type PlatformSecrets,
} from '../support/platform.js';
import { fuzzDelivery, type FuzzDelivery } from '../support/webhook-mutations.js';

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const concurrent = 32;
const rounds = 64;

describe('webhook fuzz: signed, mutated deliveries through the real edge and control-plane', () => {
  let database: TestDatabase;
  let secrets: PlatformSecrets;
  let controlPlane: ControlPlaneHandle;
  let edge: EdgeHandle;

  beforeAll(async () => {
    database = await createTestDatabase();
    secrets = newSecrets();
    controlPlane = await startControlPlane({
      databaseUrl: database.url,
      secrets,
      // Every event, from the default trusted associations: runs, untrusted senders (pushes, and
      // mutated associations), deliveries without a repository and pings all come up.
      env: { CODEXK8S_TRIGGER_EVENTS: '*' },
    });
    edge = await startEdge({
      secrets,
      controlPlaneTarget: controlPlane.grpcTarget,
      env: { CODEXK8S_WEBHOOK_MAX_BODY_BYTES: String(256 * 1024) },
    });
  });

  afterAll(async () => {
    await edge?.process.stop();
    await controlPlane?.process.stop();
    await database?.drop();
  });

  let sequence = 0;
  const tally = { deliveries: 0, stored: 0, refused: 0, runs: 0, ignored: 0 };

  /** Posts one delivery (twice when it is redelivered); returns what is wrong, or null. */
  async function deliver(delivery: FuzzDelivery): Promise<string | null> {
    const deliveryId = `fuzz-${seed}-${(sequence += 1)}`;
    const send = () =>
      sendWebhook(edge.url, {
        event: delivery.event,
        body: Buffer.from(delivery.body),
        secret: secrets.webhookSecret,
        deliveryId,
      });
    const answers: WebhookAnswer[] = [await send()];
    if (delivery.redeliver) answers.push(await send());
    tally.deliveries += 1;

    const statuses = answers.map((answer) => answer.status);
    if (statuses.some((status) => status < 200 || status >= 500)) return `answered ${statuses.join(', ')}`;
    const accepted = answers.filter((answer) => answer.status < 300);
    if (accepted.length !== 0 && accepted.length !== answers.length)
      return `a redelivery was answered differently: ${statuses.join(', ')}`;
    if (accepted.length === 0 && new Set(statuses).size > 1)
      return `a refusal was not repeated: ${statuses.join(', ')}`;
    const runIds = new Set(accepted.map((answer) => String(answer.body['run_id'] ?? '')).filter(Boolean));
    if (runIds.size > 1) return `one delivery id got several runs: ${[...runIds].join(', ')}`;
    const outcomes = new Set(
      accepted.map((answer) =>
        answer.body['status'] === 'ignored' ? `ignored/${String(answer.body['reason'])}` : 'run/',
      ),
    );
    if (outcomes.size > 1) return `a redelivery was answered another outcome: ${[...outcomes].join(', ')}`;

    const { rows } = await database.query<{
      runs: number;
      events: number;
      run_id: string | null;
      deliveries: number;
      outcome: string | null;
    }>(
      `select (select count(*)::int from agent_runs where correlation_id = $1) as runs,
              (select min(id::text) from agent_runs where correlation_id = $1) as run_id,
              (select count(*)::int from flow_events where correlation_id = $1) as events,
              (select count(*)::int from webhook_deliveries where delivery_id = $1) as deliveries,
              (select min(outcome || '/' || coalesce(reason, '')) from webhook_deliveries where delivery_id = $1) as outcome`,
      [deliveryId],
    );
    const stored = rows[0]!;
    const expected = {
      runs: runIds.size,
      run_id: [...runIds][0] ?? null,
      // one flow event per accepted post: webhook.received / .ignored / .ping, then webhook.duplicate
      events: accepted.length,
      deliveries: accepted.length > 0 ? 1 : 0,
      outcome: [...outcomes][0] ?? null,
    };
    if (JSON.stringify(stored) !== JSON.stringify(expected))
      return `answered ${statuses.join(', ')} but stored ${JSON.stringify(stored)}, expected ${JSON.stringify(expected)}`;
    if (runIds.size > 0) tally.runs += 1;
    else if (accepted.length > 0) tally.ignored += 1;
    if (accepted.length > 0) tally.stored += 1;
    else tally.refused += 1;
    return null;
  }

  function describeDelivery(delivery: FuzzDelivery): string {
    const text = Buffer.from(delivery.body).toString('utf8');
    const preview = text.length > 300 ? `${text.slice(0, 300)}… (${delivery.body.length} bytes)` : text;
    return `event ${delivery.event}${delivery.redeliver ? ', redelivered' : ''}, body ${JSON.stringify(preview)}`;
  }

  it(`${rounds} rounds of ${concurrent} concurrent deliveries: no 5xx, no crash, each 2xx recorded exactly once with its outcome, nothing stored for a refusal`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fuzzDelivery, { minLength: concurrent, maxLength: concurrent }),
        async (deliveries) => {
          const problems = await Promise.all(deliveries.map((delivery) => deliver(delivery)));
          const failures = problems.flatMap((problem, index) =>
            problem ? [`${describeDelivery(deliveries[index]!)}: ${problem}`] : [],
          );
          if (failures.length > 0) throw new Error(`seed ${seed}:\n${failures.join('\n')}`);
        },
      ),
      { seed, numRuns: rounds, endOnFailure: true },
    );

    // Both kinds of outcome were exercised in earnest, and both processes are still up.
    expect(tally.deliveries).toBe(rounds * concurrent);
    expect(tally.stored, JSON.stringify(tally)).toBeGreaterThan(tally.deliveries / 5);
    expect(tally.refused, JSON.stringify(tally)).toBeGreaterThan(tally.deliveries / 5);
    expect(tally.runs, JSON.stringify(tally)).toBeGreaterThan(tally.deliveries / 20);
    expect(tally.ignored, JSON.stringify(tally)).toBeGreaterThan(tally.deliveries / 20);
    expect(edge.process.child.exitCode).toBeNull();
    expect(controlPlane.process.child.exitCode).toBeNull();
    expect((await fetch(`${edge.url}/health/readyz`)).status).toBe(200);
  }, 120_000);
});
