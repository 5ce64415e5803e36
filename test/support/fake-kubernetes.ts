import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The part of a batch/v1 Job the fake keeps (what the launcher sends, plus status). */
export interface FakeJob {
  apiVersion?: string;
  kind?: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    uid?: string;
  };
  spec?: {
    backoffLimit?: number;
    activeDeadlineSeconds?: number;
    ttlSecondsAfterFinished?: number;
    template?: {
      metadata?: { labels?: Record<string, string> };
      spec?: {
        restartPolicy?: string;
        containers?: {
          name: string;
          image?: string;
          command?: string[];
          env?: { name: string; value?: string }[];
        }[];
      };
    };
  };
  status?: { conditions?: { type: string; status: string; reason?: string; message?: string }[] };
}

export interface FakeRequest {
  method: string;
  path: string;
  /** The query string's parameters (the pod log's follow, timestamps, sinceTime, …). */
  query: Record<string, string>;
  authorization: string | undefined;
  body: unknown;
}

export type PodPhase = 'Pending' | 'Running' | 'Succeeded' | 'Failed';

/** A pod as the fake keeps it: what the Job controller would create, and the container's log. */
export interface FakePod {
  metadata: {
    name: string;
    namespace: string;
    labels: Record<string, string>;
    uid: string;
    creationTimestamp: string;
  };
  status: { phase: PodPhase };
  /** The container's log lines, with the kubelet's nanosecond timestamps. */
  log: { nanos: bigint; text: string }[];
}

export interface FakeKubernetes {
  url: string;
  /** A kubeconfig file (written for this fake) pointing at it with a bearer token. */
  kubeconfigPath: string;
  token: string;
  requests: FakeRequest[];
  job(namespace: string, name: string): FakeJob | undefined;
  jobs(namespace: string): FakeJob[];
  /** Puts a Job in place as if someone (another replica) created it already. */
  putJob(namespace: string, job: FakeJob): void;
  /** Sets a terminal condition (status "True"), as the Job controller would. */
  finishJob(namespace: string, name: string, condition: 'Complete' | 'Failed', reason?: string): void;
  /** Removes a Job (and its pod) behind the platform's back (kubectl delete, TTL controller). */
  removeJob(namespace: string, name: string): void;
  /** The pod the Job controller made for a Job. */
  podOf(namespace: string, jobName: string): FakePod | undefined;
  /**
   * The Job's container prints lines: each gets the current time as its timestamp (never earlier than
   * the pod's last line), or all of them `at` (nanoseconds since the epoch), so tests can make lines
   * share a timestamp as fast output does.
   */
  print(namespace: string, jobName: string, lines: string[], at?: bigint): void;
  setPodPhase(namespace: string, jobName: string, phase: PodPhase): void;
  /** Cuts every open log connection, as a network blip or an API server restart would. */
  dropLogConnections(): void;
  close(): Promise<void>;
}

const jobsPath = /^\/apis\/batch\/v1\/namespaces\/([^/]+)\/jobs(?:\/([^/?]+))?$/;
const podsPath = /^\/api\/v1\/namespaces\/([^/]+)\/pods$/;
const podLogPath = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/log$/;

/** Go's time.RFC3339Nano, as the kubelet prints log timestamps: trailing zeros of the fraction dropped. */
export function rfc3339Nano(nanos: bigint): string {
  const seconds = new Date(Number(nanos / 1_000_000_000n) * 1000).toISOString().slice(0, 19);
  const fraction = (nanos % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  return `${seconds}${fraction ? `.${fraction}` : ''}Z`;
}

/** Nanoseconds of an RFC 3339 time, cut to the second: what reaches the kubelet of a `sinceTime`. */
function sinceSecond(text: string): bigint | null {
  const millis = Date.parse(text);
  return Number.isNaN(millis) ? null : BigInt(Math.floor(millis / 1000)) * 1_000_000_000n;
}

/** `a=b,c=d` equality selectors, the only kind the platform sends. */
function matchesSelector(labels: Record<string, string>, selector: string | undefined): boolean {
  if (!selector) return true;
  return selector.split(',').every((term) => {
    const [key = '', value = ''] = term.split('=');
    return labels[key.trim()] === value.trim();
  });
}

function status(response: ServerResponse, code: number, reason: string, message: string): void {
  response.writeHead(code, { 'content-type': 'application/json' });
  response.end(
    JSON.stringify({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason,
      code,
    }),
  );
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

/**
 * A Kubernetes API server fake on loopback for the paths the launcher uses:
 * POST/GET/DELETE /apis/batch/v1/namespaces/{ns}/jobs[/{name}], with real Status bodies
 * (409 AlreadyExists, 404 NotFound) and a bearer token check; each Job gets a pod as the Job
 * controller would make it (labels `job-name`, `controller-uid`, the template's), listed by
 * GET /api/v1/namespaces/{ns}/pods?labelSelector=, whose container log is served by
 * GET …/pods/{name}/log as the real API serves it: `timestamps` prefixes each line with its
 * RFC 3339 nanosecond time (trailing zeros dropped, as Go prints it), `sinceTime` keeps the lines
 * at or after that time cut to the second (the precision the API server passes it on to the
 * kubelet with), `follow` keeps the connection open for new lines until the container ends,
 * and a pod not yet started answers 400.
 */
export async function startFakeKubernetes(): Promise<FakeKubernetes> {
  const token = `fake-token-${Math.random().toString(36).slice(2)}`;
  const store = new Map<string, Map<string, FakeJob>>();
  const requests: FakeRequest[] = [];
  const namespaceJobs = (namespace: string) => {
    let jobs = store.get(namespace);
    if (!jobs) store.set(namespace, (jobs = new Map()));
    return jobs;
  };

  const pods = new Map<string, Map<string, FakePod>>();
  /** Open `follow` connections by pod: each gets new lines, and ends when the container does. */
  const followers = new Map<FakePod, Set<{ push(entry: FakePod['log'][number]): void; end(): void }>>();
  const podOf = (namespace: string, jobName: string) =>
    [...(pods.get(namespace)?.values() ?? [])].find((pod) => pod.metadata.labels['job-name'] === jobName);
  const endFollowers = (pod: FakePod) => {
    for (const follower of followers.get(pod) ?? []) follower.end();
    followers.delete(pod);
  };
  const createPod = (namespace: string, job: FakeJob) => {
    let namespacePods = pods.get(namespace);
    if (!namespacePods) pods.set(namespace, (namespacePods = new Map()));
    const jobName = job.metadata.name;
    const name = `${jobName}-${Math.random().toString(36).slice(2, 7)}`;
    namespacePods.set(name, {
      metadata: {
        name,
        namespace,
        labels: {
          ...job.spec?.template?.metadata?.labels,
          'job-name': jobName,
          'batch.kubernetes.io/job-name': jobName,
          'controller-uid': job.metadata.uid ?? '',
        },
        uid: crypto.randomUUID(),
        creationTimestamp: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      },
      status: { phase: 'Running' },
      log: [],
    });
  };
  const deletePodsOf = (namespace: string, jobName: string) => {
    const pod = podOf(namespace, jobName);
    if (!pod) return;
    pods.get(namespace)?.delete(pod.metadata.name);
    endFollowers(pod);
  };
  let lastNanos = 0n;
  const nowNanos = () => {
    const now = BigInt(Date.now()) * 1_000_000n;
    lastNanos = now > lastNanos ? now : lastNanos + 1n;
    return lastNanos;
  };

  /** GET …/pods/{name}/log as the API server serves it (container, follow, timestamps, sinceTime). */
  const servePodLog = (namespace: string, name: string, query: URLSearchParams, response: ServerResponse) => {
    const pod = pods.get(namespace)?.get(name);
    if (!pod) return status(response, 404, 'NotFound', `pods "${name}" not found`);
    const container = query.get('container');
    if (container && container !== 'run')
      return status(response, 400, 'BadRequest', `container ${container} is not valid for pod ${name}`);
    if (pod.status.phase === 'Pending')
      return status(
        response,
        400,
        'BadRequest',
        `container "run" in pod "${name}" is waiting to start: ContainerCreating`,
      );
    const since = query.get('sinceTime') ? sinceSecond(query.get('sinceTime') ?? '') : null;
    if (query.get('sinceTime') && since === null)
      return status(response, 400, 'BadRequest', `sinceTime: invalid value "${query.get('sinceTime')}"`);
    const timestamps = query.get('timestamps') === 'true';
    const format = (entry: { nanos: bigint; text: string }) =>
      `${timestamps ? `${rfc3339Nano(entry.nanos)} ` : ''}${entry.text}\n`;
    response.writeHead(200, { 'content-type': 'text/plain', 'transfer-encoding': 'chunked' });
    const backlog = pod.log.filter((entry) => since === null || entry.nanos >= since);
    if (backlog.length > 0) response.write(backlog.map(format).join(''));
    const running = pod.status.phase === 'Running';
    if (query.get('follow') !== 'true' || !running) return response.end();
    let set = followers.get(pod);
    if (!set) followers.set(pod, (set = new Set()));
    const follower = {
      push: (entry: FakePod['log'][number]) => response.write(format(entry)),
      end: () => response.end(),
    };
    set.add(follower);
    response.on('close', () => followers.get(pod)?.delete(follower));
  };

  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://fake');
      const text = await readBody(request);
      let body: unknown = null;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = text;
      }
      requests.push({
        method: request.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        authorization: request.headers.authorization,
        body,
      });
      if (request.headers.authorization !== `Bearer ${token}`)
        return status(response, 401, 'Unauthorized', 'Unauthorized');
      const podList = podsPath.exec(url.pathname);
      if (podList && request.method === 'GET') {
        const namespace = decodeURIComponent(podList[1] ?? '');
        const items = [...(pods.get(namespace)?.values() ?? [])]
          .filter((pod) => matchesSelector(pod.metadata.labels, url.searchParams.get('labelSelector') ?? ''))
          .map(({ metadata, status: podStatus }) => ({ metadata, status: podStatus }));
        response.writeHead(200, { 'content-type': 'application/json' });
        return response.end(
          JSON.stringify({ kind: 'PodList', apiVersion: 'v1', metadata: { resourceVersion: '1' }, items }),
        );
      }
      const podLog = podLogPath.exec(url.pathname);
      if (podLog && request.method === 'GET')
        return servePodLog(
          decodeURIComponent(podLog[1] ?? ''),
          decodeURIComponent(podLog[2] ?? ''),
          url.searchParams,
          response,
        );
      const match = jobsPath.exec(url.pathname);
      if (!match)
        return status(
          response,
          404,
          'NotFound',
          `the server could not find the requested resource (${url.pathname})`,
        );
      const namespace = decodeURIComponent(match[1] ?? '');
      const name = match[2] ? decodeURIComponent(match[2]) : undefined;
      const jobs = namespaceJobs(namespace);
      if (request.method === 'POST' && !name) {
        const job = body as FakeJob;
        const jobName = job?.metadata?.name;
        if (!jobName) return status(response, 422, 'Invalid', 'metadata.name: Required value');
        if (jobs.has(jobName))
          return status(response, 409, 'AlreadyExists', `jobs.batch "${jobName}" already exists`);
        const stored: FakeJob = {
          ...job,
          metadata: { ...job.metadata, namespace, uid: crypto.randomUUID() },
          status: {},
        };
        jobs.set(jobName, stored);
        createPod(namespace, stored);
        response.writeHead(201, { 'content-type': 'application/json' });
        return response.end(JSON.stringify(stored));
      }
      if (name && request.method === 'GET') {
        const job = jobs.get(name);
        if (!job) return status(response, 404, 'NotFound', `jobs.batch "${name}" not found`);
        response.writeHead(200, { 'content-type': 'application/json' });
        return response.end(JSON.stringify(job));
      }
      if (name && request.method === 'DELETE') {
        if (!jobs.delete(name)) return status(response, 404, 'NotFound', `jobs.batch "${name}" not found`);
        deletePodsOf(namespace, name);
        response.writeHead(200, { 'content-type': 'application/json' });
        return response.end(
          JSON.stringify({
            kind: 'Status',
            apiVersion: 'v1',
            metadata: {},
            status: 'Success',
            details: { name, group: 'batch', kind: 'jobs' },
          }),
        );
      }
      return status(response, 405, 'MethodNotAllowed', `${request.method} is not supported by the fake`);
    })().catch(() => status(response, 500, 'InternalError', 'fake failed'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const directory = mkdtempSync(path.join(tmpdir(), 'codexk8s-fake-kube-'));
  const kubeconfigPath = path.join(directory, 'kubeconfig.json');
  writeFileSync(
    kubeconfigPath,
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Config',
      // Plain HTTP on loopback: client-node only allows it with TLS verification off.
      clusters: [{ name: 'fake', cluster: { server: url, 'insecure-skip-tls-verify': true } }],
      users: [{ name: 'dispatcher', user: { token } }],
      contexts: [{ name: 'fake', context: { cluster: 'fake', user: 'dispatcher' } }],
      'current-context': 'fake',
    }),
  );

  return {
    url,
    kubeconfigPath,
    token,
    requests,
    job: (namespace, name) => store.get(namespace)?.get(name),
    jobs: (namespace) => [...(store.get(namespace)?.values() ?? [])],
    putJob: (namespace, job) => {
      const stored = { ...job, metadata: { ...job.metadata, namespace }, status: job.status ?? {} };
      namespaceJobs(namespace).set(job.metadata.name, stored);
      createPod(namespace, stored);
    },
    finishJob: (namespace, name, condition, reason) => {
      const job = store.get(namespace)?.get(name);
      if (!job) throw new Error(`fake: no job ${namespace}/${name}`);
      job.status = {
        conditions: [
          {
            type: condition,
            status: 'True',
            reason: reason ?? (condition === 'Failed' ? 'BackoffLimitExceeded' : undefined),
          },
        ],
      };
      // The container ended first: its log is complete and open follows end.
      const pod = podOf(namespace, name);
      if (pod) {
        pod.status.phase = condition === 'Complete' ? 'Succeeded' : 'Failed';
        endFollowers(pod);
      }
    },
    removeJob: (namespace, name) => {
      store.get(namespace)?.delete(name);
      deletePodsOf(namespace, name);
    },
    podOf,
    print: (namespace, jobName, lines, at) => {
      const pod = podOf(namespace, jobName);
      if (!pod) throw new Error(`fake: no pod of job ${namespace}/${jobName}`);
      for (const text of lines) {
        // A kubelet's timestamps never go back: "now" after lines stamped ahead is their instant.
        const now = nowNanos();
        const last = pod.log.at(-1)?.nanos ?? now;
        const entry = { nanos: at ?? (now > last ? now : last), text };
        pod.log.push(entry);
        for (const follower of followers.get(pod) ?? []) follower.push(entry);
      }
    },
    setPodPhase: (namespace, jobName, phase) => {
      const pod = podOf(namespace, jobName);
      if (!pod) throw new Error(`fake: no pod of job ${namespace}/${jobName}`);
      pod.status.phase = phase;
      if (phase === 'Succeeded' || phase === 'Failed') endFollowers(pod);
    },
    dropLogConnections: () => {
      for (const pod of [...followers.keys()]) endFollowers(pod);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
