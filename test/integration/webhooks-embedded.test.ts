import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/dev/embedded-postgres.js';
import { examplePayload, sendWebhook } from '../support/github-webhooks.js';
import { waitFor } from '../support/runs.js';
import { devLogin, trpcQuery } from '../support/staff-session.js';
import {
  everyDeliveryStartsARun,
  newSecrets,
  startControlPlane,
  startEdge,
  type ControlPlaneHandle,
  type EdgeHandle,
  type PlatformSecrets,
} from '../support/platform.js';

/** The same ingest path on the embedded database `npm start` uses (PGlite behind pglite-socket). */
describe('the platform on embedded PGlite, configured as npm start runs it', () => {
  let dataDir: string;
  let database: EmbeddedPostgres;
  let client: pg.Client;
  let secrets: PlatformSecrets;
  let controlPlane: ControlPlaneHandle;
  let edge: EdgeHandle;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'codexk8s-pglite-'));
    database = await startEmbeddedPostgres({ dataDir });
    secrets = newSecrets();
    controlPlane = await startControlPlane({
      databaseUrl: database.url,
      secrets,
      // As npm start runs it: one connection, since PGlite serves one query at a time.
      env: {
        // The ingest's mechanics on PGlite: every delivery starts a run, as before triggers.
        ...everyDeliveryStartsARun,
        CODEXK8S_MIGRATE_ON_START: 'true',
        CODEXK8S_DATABASE_POOL_MAX: '1',
        // The dispatcher's transactions run alongside the staff reads, as under npm start.
        CODEXK8S_WORKER_ENABLED: 'true',
        CODEXK8S_RUN_LAUNCHER: 'local',
        CODEXK8S_WORKER_POLL_INTERVAL: '100ms',
        CODEXK8S_WORKER_JOB_COMMAND: 'echo "embedded run $CODEXK8S_RUN_ID" && sleep 0.2',
      },
    });
    edge = await startEdge({ secrets, controlPlaneTarget: controlPlane.grpcTarget });
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
    await edge?.process.stop();
    await controlPlane?.process.stop();
    await database?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('accepts a delivery (run + webhook.received), answers its redelivery as a duplicate, ignores ping', async () => {
    const body = JSON.stringify(examplePayload('issues', 'opened'));
    const first = await sendWebhook(edge.url, { event: 'issues', body, secret: secrets.webhookSecret });
    expect(first.status).toBe(202);
    const runId = first.body['run_id'];
    const run = (
      await client.query('select correlation_id, status, run_payload from agent_runs where id = $1', [runId])
    ).rows[0];
    expect(run).toMatchObject({
      correlation_id: first.deliveryId,
      run_payload: { event: 'issues', action: 'opened' },
    });

    const again = await sendWebhook(edge.url, {
      event: 'issues',
      body,
      secret: secrets.webhookSecret,
      deliveryId: first.deliveryId,
    });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ run_id: runId, status: 'duplicate', duplicate: true });
    // The dispatcher runs in this platform: only the ingest's own events are asserted here.
    expect(['pending', 'running', 'succeeded']).toContain(run.status);
    const events = (
      await client.query(
        "select event_type from flow_events where correlation_id = $1 and event_type like 'webhook.%' order by id",
        [first.deliveryId],
      )
    ).rows;
    expect(events.map((row) => row.event_type)).toEqual(['webhook.received', 'webhook.duplicate']);

    const ping = await sendWebhook(edge.url, {
      event: 'ping',
      body: JSON.stringify(examplePayload('ping')),
      secret: secrets.webhookSecret,
    });
    expect(ping.status).toBe(200);
    expect(ping.body).toEqual({
      status: 'ignored',
      reason: 'ping',
      duplicate: false,
      correlation_id: ping.deliveryId,
    });
  });

  it('concurrent posts of one delivery id → one run', async () => {
    const deliveryId = randomUUID();
    const body = JSON.stringify(examplePayload('push'));
    const answers = await Promise.all(
      Array.from({ length: 30 }, () =>
        sendWebhook(edge.url, { event: 'push', body, secret: secrets.webhookSecret, deliveryId }),
      ),
    );
    expect(answers.filter((answer) => answer.status === 202)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(29);
    expect(new Set(answers.map((answer) => answer.body['run_id'])).size).toBe(1);
    const runs = (
      await client.query('select count(*)::int as n from agent_runs where correlation_id = $1', [deliveryId])
    ).rows[0];
    expect(runs).toEqual({ n: 1 });
  });

  it('serves concurrent staff reads of a run correctly (each answer is about the run asked for)', async () => {
    const runIds: string[] = [];
    for (const event of ['issues', 'push', 'pull_request'] as const) {
      const answer = await sendWebhook(edge.url, {
        event,
        body: JSON.stringify(examplePayload(event)),
        secret: secrets.webhookSecret,
      });
      runIds.push(String(answer.body['run_id']));
    }
    const cookie = await devLogin(edge.url, secrets.ownerEmail);
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, index) => {
        const runId = runIds[index % runIds.length]!;
        const procedure = ['runs.get', 'runs.events', 'runs.learningFeedback'][index % 3]!;
        return trpcQuery<{ run?: { id: string }; items?: unknown[] }>(
          edge.url,
          procedure,
          { cookie },
          { runId },
        ).then((answer) => ({ runId, procedure, answer }));
      }),
    );
    for (const { runId, procedure, answer } of answers) {
      expect(answer.status, `${procedure} ${runId}`).toBe(200);
      if (procedure === 'runs.get') expect(answer.data?.run?.id).toBe(runId);
    }
  });

  it("captures a run's output and serves it through runs.logs and the download", async () => {
    const answer = await sendWebhook(edge.url, {
      event: 'push',
      body: JSON.stringify(examplePayload('push')),
      secret: secrets.webhookSecret,
    });
    const runId = String(answer.body['run_id']);
    await waitFor('the run to succeed', async () => {
      const { rows } = await client.query('select status from agent_runs where id = $1', [runId]);
      return rows[0]?.status === 'succeeded';
    });
    const cookie = await devLogin(edge.url, secrets.ownerEmail);
    const logs = await trpcQuery<{ items: { stream: string; text: string }[] }>(
      edge.url,
      'runs.logs',
      { cookie },
      { runId },
    );
    expect(logs.data?.items).toEqual([
      expect.objectContaining({ stream: 'stdout', text: `embedded run ${runId}\n` }),
    ]);
    const file = await fetch(`${edge.url}/api/v1/runs/${runId}/log.txt`, { headers: { cookie } });
    expect(await file.text()).toBe(`embedded run ${runId}\n`);
  });
});
