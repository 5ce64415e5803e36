/**
 * SPEC §14 through the real built processes, PostgreSQL and the fake GitHub's delivery log: while
 * the control-plane is down, 30 deliveries "fail" (they exist only in GitHub's log) and 10 others
 * had arrived normally before; two replicas started at once walk the logs (paged, 7 entries a page)
 * and recover exactly the 30, once each, with `webhook.recovered` and the original delivery time;
 * the 10 are not duplicated; a delivery older than the lookback is left alone; a repository whose
 * token GitHub refuses is reported and the others are still recovered. Then "Check now"
 * (repositories.recoverDeliveries), a webhook racing the walk, and GitHub's rate limit.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { type FakeGitHubApi, type FakeRepository, startFakeGitHubApi } from '../support/fake-github-api.js';
import { examplePayload, sendWebhook } from '../support/github-webhooks.js';
import {
  type ControlPlaneHandle,
  type EdgeHandle,
  everyDeliveryStartsARun,
  newSecrets,
  startControlPlane,
  startEdge,
} from '../support/platform.js';
import { mintStaffJwt, trpc, type TrpcResult } from '../support/staff-api-client.js';

const secrets = newSecrets();
const recoveryEnv = {
  ...everyDeliveryStartsARun,
  // One walk at start-up; the test drives the rest.
  CODEXK8S_DELIVERY_RECOVERY_INTERVAL: '1h',
  CODEXK8S_DELIVERY_RECOVERY_LOOKBACK: '24h',
  CODEXK8S_DELIVERY_RECOVERY_PAGE_SIZE: '7',
};

interface Logged {
  guid: string;
  deliveredAt: Date;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The sum of a counter's samples (with these label values) in a Prometheus text answer. */
function counterTotal(metricsText: string, name: string, labels: Record<string, string> = {}): number {
  return metricsText
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .filter((line) => Object.entries(labels).every(([key, value]) => line.includes(`${key}="${value}"`)))
    .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
}

describe('missed deliveries come back (SPEC §14)', () => {
  let db: TestDatabase;
  let github: FakeGitHubApi;
  let edge: EdgeHandle;
  const controlPlanes: ControlPlaneHandle[] = [];
  let ownerToken: string;
  let projectId: string;
  const repos = {} as Record<'alpha' | 'beta' | 'gamma', { fake: FakeRepository; id: string; token: string }>;
  const arrived: Logged[] = [];
  const failed: Logged[] = [];
  const refusedRepoFailed: Logged[] = [];
  let tooOld: Logged;

  const call = <T>(procedure: string, kind: 'query' | 'mutation', input: unknown): Promise<TrpcResult<T>> =>
    trpc<T>(edge.url, procedure, kind, input, ownerToken);

  function payloadFor(repository: FakeRepository, n: number): Record<string, unknown> {
    const payload = examplePayload('issues', 'opened');
    const repo = payload.repository as Record<string, unknown>;
    repo.id = repository.id;
    repo.name = repository.name;
    repo.full_name = `${repository.owner}/${repository.name}`;
    (payload.issue as Record<string, unknown>).number = n;
    return payload;
  }

  beforeAll(async () => {
    db = await createTestDatabase('codexk8s_recovery');
    github = await startFakeGitHubApi();
    const first = await startControlPlane({
      databaseUrl: db.url,
      secrets,
      publicBaseUrl: 'https://codex.example.test',
      env: { CODEXK8S_GITHUB_API_BASE_URL: github.apiBaseUrl, ...recoveryEnv },
    });
    controlPlanes.push(first);
    edge = await startEdge({ secrets, controlPlaneTarget: first.grpcTarget });
    const { rows } = await db.query<{ id: string }>('select id from users where email = $1', [
      secrets.ownerEmail,
    ]);
    ownerToken = await mintStaffJwt(secrets.jwtSigningKey, {
      id: rows[0]!.id,
      email: secrets.ownerEmail,
      isPlatformAdmin: true,
      isPlatformOwner: true,
      githubLogin: 'owner',
    });
    projectId = (
      await db.query<{ id: string }>(
        `insert into projects (slug, name) values ('recovery', 'Recovery') returning id`,
      )
    ).rows[0]!.id;
    for (const [index, name] of (['alpha', 'beta', 'gamma'] as const).entries()) {
      const token = `ghp_${name}_${randomUUID().slice(0, 8)}`;
      const fake = github.addRepository({ owner: 'acme', name, id: 930_001 + index, tokens: [token] });
      const saved = await call<{ id: string }>('repositories.upsert', 'mutation', {
        projectId,
        provider: 'github',
        owner: 'acme',
        name,
        token,
      });
      expect(saved.status, saved.message).toBe(200);
      repos[name] = { fake, id: saved.data!.id, token };
    }
  }, 180_000);

  afterAll(async () => {
    await edge?.process.stop();
    for (const controlPlane of controlPlanes) await controlPlane.process.stop();
    await github?.close();
    await db?.drop();
  });

  it('recovers exactly the 30 that never arrived, once each, across two replicas; reports the refused repository', async () => {
    // 10 arrive normally (GitHub logs them with the 202 they got).
    // GitHub's delivered_at has whole seconds.
    const start = Math.floor(Date.now() / 1000) * 1000 - 2 * 60 * 60 * 1000;
    for (let n = 0; n < 10; n += 1) {
      const guid = randomUUID();
      const body = JSON.stringify(payloadFor(repos.alpha.fake, n));
      const answer = await sendWebhook(edge.url, {
        event: 'issues',
        body,
        secret: secrets.webhookSecret,
        deliveryId: guid,
      });
      expect(answer.status).toBe(202);
      const deliveredAt = new Date(start + n * 60_000);
      github.logDelivery(repos.alpha.fake, { guid, event: 'issues', payload: JSON.parse(body), deliveredAt });
      arrived.push({ guid, deliveredAt });
    }
    // One older than the lookback (24h), never delivered: left alone.
    tooOld = { guid: randomUUID(), deliveredAt: new Date(Date.now() - 30 * 60 * 60 * 1000) };
    github.logDelivery(repos.alpha.fake, {
      guid: tooOld.guid,
      event: 'issues',
      payload: payloadFor(repos.alpha.fake, 999),
      deliveredAt: tooOld.deliveredAt,
      statusCode: 0,
    });
    // The deliveries above were logged out of time order; GitHub's ids follow time: re-sort the log.
    repos.alpha.fake.hooks[0]!.deliveries.sort((a, b) => a.deliveredAt.getTime() - b.deliveredAt.getTime());
    repos.alpha.fake.hooks[0]!.deliveries.forEach(
      (delivery, index) => (delivery.id = 80_000_000_000 + index),
    );

    // The control-plane goes down; 30 deliveries fail meanwhile (20 to alpha, 10 to beta), 5 to gamma.
    await controlPlanes[0]!.process.stop();
    for (let n = 0; n < 35; n += 1) {
      const target = n < 20 ? repos.alpha : n < 30 ? repos.beta : repos.gamma;
      const logged = { guid: randomUUID(), deliveredAt: new Date(start + (20 + n) * 60_000) };
      github.logDelivery(target.fake, {
        guid: logged.guid,
        event: 'issues',
        payload: payloadFor(target.fake, 100 + n),
        deliveredAt: logged.deliveredAt,
        statusCode: 0,
      });
      (n < 30 ? failed : refusedRepoFailed).push(logged);
    }
    // gamma's token was revoked meanwhile: GitHub answers 401 Bad credentials.
    github.knownTokens.delete(repos.gamma.token);

    // Two replicas start at once (one on the first's gRPC port, so the edge reaches it again).
    const [b, c] = await Promise.all([
      startControlPlane({
        databaseUrl: db.url,
        secrets,
        grpcPort: controlPlanes[0]!.grpcPort,
        publicBaseUrl: 'https://codex.example.test',
        env: { CODEXK8S_GITHUB_API_BASE_URL: github.apiBaseUrl, ...recoveryEnv },
      }),
      startControlPlane({
        databaseUrl: db.url,
        secrets,
        publicBaseUrl: 'https://codex.example.test',
        env: { CODEXK8S_GITHUB_API_BASE_URL: github.apiBaseUrl, ...recoveryEnv },
      }),
    ]);
    controlPlanes.push(b, c);

    const guids = failed.map((delivery) => delivery.guid);
    await until('the 30 recovered and every walk finished', async () => {
      const { rows } = await db.query<{ recorded: number; walking: number; walked: number }>(
        `select (select count(*)::int from webhook_deliveries where delivery_id = any ($1)) as recorded,
                (select count(*)::int from delivery_recovery_state where lease_owner is not null) as walking,
                (select count(*)::int from delivery_recovery_state where last_walk_at is not null) as walked`,
        [guids],
      );
      const row = rows[0]!;
      return row.recorded === 30 && row.walking === 0 && row.walked === 3 ? row : undefined;
    });

    // One record, one run and one webhook.recovered per delivery, at its original time.
    const { rows: recovered } = await db.query<{
      delivery_id: string;
      received_at: Date;
      runs: number;
      recovered_events: number;
      received_events: number;
      github_delivery_id: string | null;
      delivered_at: string | null;
    }>(
      `select d.delivery_id, d.received_at,
              (select count(*)::int from agent_runs r where r.correlation_id = d.delivery_id) as runs,
              (select count(*)::int from flow_events e where e.correlation_id = d.delivery_id and e.event_type = 'webhook.recovered') as recovered_events,
              (select count(*)::int from flow_events e where e.correlation_id = d.delivery_id and e.event_type = 'webhook.received') as received_events,
              (select e.payload ->> 'github_delivery_id' from flow_events e where e.correlation_id = d.delivery_id and e.event_type = 'webhook.recovered') as github_delivery_id,
              (select e.payload ->> 'delivered_at' from flow_events e where e.correlation_id = d.delivery_id and e.event_type = 'webhook.recovered') as delivered_at
         from webhook_deliveries d where d.delivery_id = any ($1)`,
      [guids],
    );
    expect(recovered).toHaveLength(30);
    const deliveredAt = new Map(
      failed.map((delivery) => [delivery.guid, delivery.deliveredAt.toISOString()]),
    );
    for (const row of recovered) {
      expect(row.runs, row.delivery_id).toBe(1);
      expect(row.recovered_events, row.delivery_id).toBe(1);
      expect(row.received_events, row.delivery_id).toBe(1);
      expect(row.github_delivery_id).toMatch(/^\d+$/);
      expect(row.delivered_at).toBe(deliveredAt.get(row.delivery_id));
      expect(new Date(row.received_at).toISOString()).toBe(deliveredAt.get(row.delivery_id));
    }
    const { rows: totals } = await db.query<{ recovered: number; duplicates: number; deliveries: number }>(
      `select (select count(*)::int from flow_events where event_type = 'webhook.recovered') as recovered,
              (select count(*)::int from flow_events where event_type = 'webhook.duplicate') as duplicates,
              (select count(*)::int from webhook_deliveries) as deliveries`,
    );
    // The 10 that arrived are neither recovered nor duplicated; the old one and gamma's are not recorded.
    expect(totals[0]).toEqual({ recovered: 30, duplicates: 0, deliveries: 40 });
    const { rows: untouched } = await db.query<{ n: number }>(
      'select count(*)::int as n from webhook_deliveries where delivery_id = any ($1)',
      [[tooOld.guid, ...refusedRepoFailed.map((delivery) => delivery.guid)]],
    );
    expect(untouched[0]!.n).toBe(0);
    // The older entry was never even fetched; none of the 10 that arrived was either.
    const fetched = github
      .repoRequests()
      .filter((request) => /\/deliveries\/\d+$/.test(request.path))
      .map((request) => Number(request.path.split('/').at(-1)));
    const alphaLog = repos.alpha.fake.hooks[0]!.deliveries;
    const idOf = (guid: string) => alphaLog.find((delivery) => delivery.guid === guid)?.id;
    expect(fetched).not.toContain(idOf(tooOld.guid));
    for (const delivery of arrived) expect(fetched).not.toContain(idOf(delivery.guid));
    // Paged: alpha's 31 entries within the lookback take 5 pages of 7.
    const alphaPages = github
      .repoRequests()
      .filter(
        (request) => request.path === `/repos/acme/alpha/hooks/${repos.alpha.fake.hooks[0]!.id}/deliveries`,
      );
    expect(alphaPages.length).toBeGreaterThanOrEqual(5);

    // The replicas' metrics add up to the 30; gamma is reported as refused.
    const metrics = await Promise.all(
      [b, c].map(async (replica) => (await fetch(`${replica.httpUrl}/metrics`)).text()),
    );
    expect(
      metrics.reduce((sum, text) => sum + counterTotal(text, 'codexk8s_webhook_recovered_total'), 0),
    ).toBe(30);
    expect(
      metrics.reduce(
        (sum, text) =>
          sum +
          counterTotal(text, 'codexk8s_webhook_recovery_failures_total', {
            repository: 'acme/gamma',
            reason: 'unauthorized',
          }),
        0,
      ),
    ).toBe(1);
    const { rows: failures } = await db.query<{ payload: { reason: string } }>(
      `select payload from flow_events where event_type = 'webhook.recovery_failed' and correlation_id = $1`,
      [`delivery-recovery:${repos.gamma.id}`],
    );
    expect(failures.map((row) => row.payload.reason)).toEqual(['unauthorized']);

    // The console's list: last walk, recovered count, last error.
    const listed = await call<{
      items: {
        name: string;
        recovery: {
          outcome: string;
          error: string | null;
          recoveredTotal: number;
          lastWalkAt: string;
        } | null;
      }[];
    }>('repositories.list', 'query', { projectId });
    expect(listed.status, listed.message).toBe(200);
    const byName = new Map(listed.data!.items.map((item) => [item.name, item.recovery]));
    expect(byName.get('alpha')).toMatchObject({ outcome: 'ok', error: null, recoveredTotal: 20 });
    expect(byName.get('beta')).toMatchObject({ outcome: 'ok', error: null, recoveredTotal: 10 });
    expect(byName.get('gamma')).toMatchObject({ outcome: 'unauthorized', recoveredTotal: 0 });
    expect(byName.get('gamma')?.error).toContain('401');
    expect(Date.parse(byName.get('alpha')?.lastWalkAt ?? '')).toBeGreaterThan(Date.now() - 10 * 60_000);
  }, 240_000);

  it('"Check now" walks on demand; a delivery arriving by webhook during the walk still yields one record', async () => {
    // Nothing new: the walk stops at the newest entry it saw last time.
    const quiet = await call<{ checked: number; recovered: number }>(
      'repositories.recoverDeliveries',
      'mutation',
      {
        projectId,
        repositoryId: repos.beta.id,
      },
    );
    expect(quiet.status, quiet.message).toBe(200);
    expect(quiet.data).toEqual({ checked: 0, recovered: 0 });

    // Five more fail; each is also sent by webhook while the walk runs (GitHub's own redelivery).
    const racing = Array.from({ length: 5 }, (_, n) => {
      const guid = randomUUID();
      const payload = payloadFor(repos.beta.fake, 500 + n);
      github.logDelivery(repos.beta.fake, { guid, event: 'issues', payload, statusCode: 0 });
      return { guid, body: JSON.stringify(payload) };
    });
    const [walk, ...webhooks] = await Promise.all([
      call<{ checked: number; recovered: number }>('repositories.recoverDeliveries', 'mutation', {
        projectId,
        repositoryId: repos.beta.id,
      }),
      ...racing.map((delivery) =>
        sendWebhook(edge.url, {
          event: 'issues',
          body: delivery.body,
          secret: secrets.webhookSecret,
          deliveryId: delivery.guid,
        }),
      ),
    ]);
    expect(walk.status, walk.message).toBe(200);
    expect(walk.data!.checked).toBe(5);
    const acceptedByWebhook = webhooks.filter((answer) => answer.body.duplicate === false).length;
    expect(walk.data!.recovered + acceptedByWebhook).toBe(5);
    const { rows } = await db.query<{ deliveries: number; runs: number; recovered: number }>(
      `select (select count(*)::int from webhook_deliveries where delivery_id = any ($1)) as deliveries,
              (select count(*)::int from agent_runs where correlation_id = any ($1)) as runs,
              (select count(*)::int from flow_events where event_type = 'webhook.recovered' and correlation_id = any ($1)) as recovered`,
      [racing.map((delivery) => delivery.guid)],
    );
    expect(rows[0]).toEqual({ deliveries: 5, runs: 5, recovered: walk.data!.recovered });

    // A repository of another project, or none at all: not found.
    const unknown = await call('repositories.recoverDeliveries', 'mutation', {
      projectId,
      repositoryId: randomUUID(),
    });
    expect(unknown.code, unknown.message).toBe('NOT_FOUND');

    // The refused repository: the call says why, and the walk is recorded again.
    const refused = await call('repositories.recoverDeliveries', 'mutation', {
      projectId,
      repositoryId: repos.gamma.id,
    });
    expect(refused.status).toBe(412);
    expect(refused.message).toContain('401');
  }, 180_000);

  it("honours GitHub's rate limit: the walk stops, and no walk asks GitHub again before it lifts", async () => {
    github.rateLimitDeliveryLog(new Date(Date.now() + 60 * 60 * 1000));
    const logRequests = () =>
      github.repoRequests().filter((request) => request.path.startsWith('/repos/acme/alpha/hooks/')).length;
    const limited = await call('repositories.recoverDeliveries', 'mutation', {
      projectId,
      repositoryId: repos.alpha.id,
    });
    expect(limited.status).toBe(412);
    expect(limited.message).toContain('rate limit');
    const asked = logRequests();
    const held = await call('repositories.recoverDeliveries', 'mutation', {
      projectId,
      repositoryId: repos.alpha.id,
    });
    expect(held.status).toBe(412);
    expect(held.message).toContain('rate limit');
    expect(logRequests()).toBe(asked);
    const { rows } = await db.query<{ last_outcome: string; not_before: Date | null }>(
      'select last_outcome, not_before from delivery_recovery_state where repository_id = $1',
      [repos.alpha.id],
    );
    expect(rows[0]!.last_outcome).toBe('rate_limited');
    expect(new Date(rows[0]!.not_before!).getTime()).toBeGreaterThan(Date.now() + 50 * 60 * 1000);
    github.rateLimitDeliveryLog(null);
  }, 120_000);
});
