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
  authorization: string | undefined;
  body: unknown;
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
  /** Removes a Job behind the platform's back (kubectl delete, TTL controller). */
  removeJob(namespace: string, name: string): void;
  close(): Promise<void>;
}

const jobsPath = /^\/apis\/batch\/v1\/namespaces\/([^/]+)\/jobs(?:\/([^/?]+))?$/;

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
 * A Kubernetes API server fake on loopback for the Job paths the launcher uses:
 * POST/GET/DELETE /apis/batch/v1/namespaces/{ns}/jobs[/{name}], with real Status bodies
 * (409 AlreadyExists, 404 NotFound) and a bearer token check.
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
        authorization: request.headers.authorization,
        body,
      });
      if (request.headers.authorization !== `Bearer ${token}`)
        return status(response, 401, 'Unauthorized', 'Unauthorized');
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
    putJob: (namespace, job) =>
      namespaceJobs(namespace).set(job.metadata.name, {
        ...job,
        metadata: { ...job.metadata, namespace },
        status: job.status ?? {},
      }),
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
    },
    removeJob: (namespace, name) => {
      store.get(namespace)?.delete(name);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
