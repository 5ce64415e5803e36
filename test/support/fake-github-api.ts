/**
 * GitHub's repository and webhook REST endpoints, installed on the shared fake GitHub server
 * (fake-github.ts): GET /repos/:owner/:repo, GET/POST/PATCH/DELETE /repos/:owner/:repo/hooks[/:id],
 * and the hook's delivery log: GET /repos/:owner/:repo/hooks/:id/deliveries (newest first, `per_page`
 * up to 100, `cursor` paging announced in the Link header, as GitHub does) and
 * GET /repos/:owner/:repo/hooks/:id/deliveries/:delivery_id (with the request's headers and payload);
 * and what run reports use (SPEC §13): POST /repos/:owner/:repo/statuses/:sha,
 * POST /repos/:owner/:repo/issues/:number/comments, PATCH /repos/:owner/:repo/issues/comments/:id.
 * Tokens are checked like GitHub does: unknown token → 401 Bad credentials, a repository the
 * token cannot see (or that does not exist) → 404. Every request is recorded for assertions.
 */
import { type Request, type Response } from 'express';
import { type FakeGitHubServer, type RecordedRequest, startFakeGitHubServer } from './fake-github.js';

export interface FakeHook {
  id: number;
  name: string;
  active: boolean;
  events: string[];
  config: { url?: string; content_type?: string; secret?: string; insecure_ssl?: string };
  /** The hook's delivery log, oldest first (GitHub lists it newest first). */
  deliveries: FakeHookDelivery[];
}

/** One entry of a hook's delivery log: what GitHub sent (or tried to send) and how it went. */
export interface FakeHookDelivery {
  id: number;
  guid: string;
  deliveredAt: Date;
  event: string;
  action: string | null;
  /** 0 with status "failed to connect" when the receiver was down. */
  statusCode: number;
  status: string;
  redelivery: boolean;
  payload: Record<string, unknown>;
}

export interface FakeRepository {
  id: number;
  owner: string;
  name: string;
  private: boolean;
  /** Tokens that can see and administer this repository. */
  tokens: Set<string>;
  hooks: FakeHook[];
}

/** A commit status GitHub accepted. */
export interface FakeCommitStatus {
  id: number;
  repository: string;
  sha: string;
  state: string;
  context: string;
  description: string | null;
  target_url: string | null;
  at: number;
}

/** An issue comment as GitHub holds it now, with every body it had. */
export interface FakeIssueComment {
  id: number;
  repository: string;
  issueNumber: number;
  body: string;
  bodies: string[];
  createdAt: number;
  updatedAt: number;
}

/** A report request (status or comment) GitHub answered with an error, when, and with what. */
export interface FakeRefusedReport {
  method: string;
  path: string;
  status: number;
  headers: Record<string, string>;
  at: number;
}

export interface FakeGitHubApi {
  server: FakeGitHubServer;
  apiBaseUrl: string;
  repositories: Map<string, FakeRepository>;
  /** Tokens GitHub knows at all (others get 401). */
  knownTokens: Set<string>;
  addRepository(input: {
    owner: string;
    name: string;
    id: number;
    tokens: string[];
    private?: boolean;
  }): FakeRepository;
  /** Requests to /repos/... only. */
  repoRequests(): RecordedRequest[];
  /**
   * When set, every /repos request answers this status (e.g. 500, 503), or with `'hang-up'` has
   * its connection closed without an answer (GitHub unreachable).
   */
  failWith(status: number | 'hang-up' | null): void;
  /**
   * Adds an entry to the log of the repository's (first) hook, as GitHub logs a delivery it made;
   * ids grow with every entry, as GitHub's do.
   */
  logDelivery(
    repository: FakeRepository,
    input: {
      guid: string;
      event: string;
      payload: Record<string, unknown>;
      deliveredAt?: Date;
      statusCode?: number;
      redelivery?: boolean;
    },
  ): FakeHookDelivery;
  /** Until `until` (or when null, no longer), delivery log requests answer GitHub's rate limit (403, x-ratelimit-*). */
  rateLimitDeliveryLog(until: Date | null): void;
  /** Commit statuses accepted, oldest first. */
  statuses: FakeCommitStatus[];
  /** Issue comments by id. */
  comments: Map<number, FakeIssueComment>;
  /** Report requests answered with an error, oldest first. */
  refusedReports: FakeRefusedReport[];
  /**
   * The primary rate limit is used up for the next `seconds`: report requests answer 403 with
   * `x-ratelimit-remaining: 0` and `x-ratelimit-reset` (epoch seconds, rounded up) until then.
   * Returns the reset time in epoch milliseconds.
   */
  exhaustRateLimit(seconds: number): number;
  /** When set, report requests answer this status (401, 404, 500…) until cleared with null. */
  refuseReportsWith(status: number | null): void;
  close(): Promise<void>;
}

const key = (owner: string, name: string) => `${owner}/${name}`.toLowerCase();

function tokenOf(req: Request): string {
  const header = req.headers.authorization ?? '';
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(header);
  return match?.[1] ?? '';
}

function hookJson(repository: FakeRepository, hook: FakeHook) {
  // GitHub never echoes the secret back; it shows a mask.
  const { secret, ...config } = hook.config;
  return {
    type: 'Repository',
    id: hook.id,
    name: hook.name,
    active: hook.active,
    events: hook.events,
    config: { ...config, ...(secret ? { secret: '********' } : {}) },
    url: `/repos/${repository.owner}/${repository.name}/hooks/${hook.id}`,
  };
}

export function installFakeGitHubApi(server: FakeGitHubServer): FakeGitHubApi {
  const repositories = new Map<string, FakeRepository>();
  const knownTokens = new Set<string>();
  let failure: number | 'hang-up' | null = null;
  let nextHookId = 1000;
  // GitHub's delivery ids are large and grow over time.
  let nextDeliveryId = 90_000_000_000;
  let rateLimitedUntil: Date | null = null;

  /** Token and visibility checks shared by every route; null when it already answered. */
  const resolve = (req: Request, res: Response): FakeRepository | null => {
    if (failure === 'hang-up') {
      req.socket.destroy();
      return null;
    }
    if (failure !== null) {
      res.status(failure).json({ message: 'Server Error' });
      return null;
    }
    const token = tokenOf(req);
    if (!knownTokens.has(token)) {
      res.status(401).json({ message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
      return null;
    }
    const repository = repositories.get(key(String(req.params.owner), String(req.params.repo)));
    if (!repository || !repository.tokens.has(token)) {
      res.status(404).json({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      return null;
    }
    return repository;
  };

  const statuses: FakeCommitStatus[] = [];
  const comments = new Map<number, FakeIssueComment>();
  const refusedReports: FakeRefusedReport[] = [];
  let rateLimitResetSeconds = 0;
  let reportFailure: number | null = null;
  let nextStatusId = 5000;
  let nextCommentId = 9_000_000_000;

  /** `resolve` for report endpoints: also the rate limit and injected refusals, recorded. */
  const resolveReport = (req: Request, res: Response): FakeRepository | null => {
    const refuse = (status: number, headers: Record<string, string>, message: string) => {
      refusedReports.push({ method: req.method, path: req.path, status, headers, at: Date.now() });
      res.status(status).set(headers).json({ message, documentation_url: 'https://docs.github.com/rest' });
      return null;
    };
    const nowSeconds = Date.now() / 1000;
    if (nowSeconds < rateLimitResetSeconds)
      return refuse(
        403,
        {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '5000',
          'x-ratelimit-reset': String(rateLimitResetSeconds),
          'x-ratelimit-resource': 'core',
        },
        'API rate limit exceeded for user ID 1.',
      );
    if (reportFailure !== null)
      return refuse(reportFailure, {}, reportFailure === 401 ? 'Bad credentials' : 'Not Found');
    const repository = resolve(req, res);
    if (!repository) {
      refusedReports.push({
        method: req.method,
        path: req.path,
        status: res.statusCode,
        headers: {},
        at: Date.now(),
      });
      return null;
    }
    return repository;
  };

  const app = server.app;
  app.post('/repos/:owner/:repo/statuses/:sha', (req, res) => {
    const repository = resolveReport(req, res);
    if (!repository) return;
    const body = (req.body ?? {}) as Record<string, unknown>;
    const state = String(body['state'] ?? '');
    if (
      !['error', 'failure', 'pending', 'success'].includes(state) ||
      !/^[0-9a-f]{40}$/.test(String(req.params.sha))
    ) {
      res.status(422).json({ message: 'Validation Failed' });
      return;
    }
    const status: FakeCommitStatus = {
      id: nextStatusId++,
      repository: `${repository.owner}/${repository.name}`,
      sha: String(req.params.sha),
      state,
      context: typeof body['context'] === 'string' ? body['context'] : 'default',
      description: typeof body['description'] === 'string' ? body['description'] : null,
      target_url: typeof body['target_url'] === 'string' ? body['target_url'] : null,
      at: Date.now(),
    };
    statuses.push(status);
    res.status(201).json({
      url: `${server.apiBaseUrl}/repos/${repository.owner}/${repository.name}/statuses/${status.sha}`,
      id: status.id,
      node_id: `SC_${status.id}`,
      state: status.state,
      description: status.description,
      target_url: status.target_url,
      context: status.context,
      created_at: new Date(status.at).toISOString(),
      updated_at: new Date(status.at).toISOString(),
    });
  });
  const commentJson = (repository: FakeRepository, comment: FakeIssueComment) => ({
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${server.apiBaseUrl}/repos/${repository.owner}/${repository.name}/issues/comments/${comment.id}`,
    html_url: `https://github.com/${repository.owner}/${repository.name}/issues/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: { login: 'codex-k8s-bot', id: 1, type: 'Bot' },
    created_at: new Date(comment.createdAt).toISOString(),
    updated_at: new Date(comment.updatedAt).toISOString(),
  });
  app.post('/repos/:owner/:repo/issues/:number/comments', (req, res) => {
    const repository = resolveReport(req, res);
    if (!repository) return;
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (typeof body['body'] !== 'string' || !/^\d+$/.test(String(req.params.number))) {
      res.status(422).json({ message: 'Validation Failed' });
      return;
    }
    const now = Date.now();
    const comment: FakeIssueComment = {
      id: nextCommentId++,
      repository: `${repository.owner}/${repository.name}`,
      issueNumber: Number(req.params.number),
      body: body['body'],
      bodies: [body['body']],
      createdAt: now,
      updatedAt: now,
    };
    comments.set(comment.id, comment);
    res.status(201).json(commentJson(repository, comment));
  });
  app.patch('/repos/:owner/:repo/issues/comments/:id', (req, res) => {
    const repository = resolveReport(req, res);
    if (!repository) return;
    const comment = comments.get(Number(req.params.id));
    const body = (req.body ?? {}) as Record<string, unknown>;
    if (!comment || comment.repository !== `${repository.owner}/${repository.name}`) {
      res.status(404).json({ message: 'Not Found' });
      return;
    }
    if (typeof body['body'] !== 'string') {
      res.status(422).json({ message: 'Validation Failed' });
      return;
    }
    comment.body = body['body'];
    comment.bodies.push(body['body']);
    comment.updatedAt = Date.now();
    res.json(commentJson(repository, comment));
  });
  app.get('/repos/:owner/:repo', (req, res) => {
    const repository = resolve(req, res);
    if (!repository) return;
    res.json({
      id: repository.id,
      name: repository.name,
      full_name: `${repository.owner}/${repository.name}`,
      private: repository.private,
      owner: { login: repository.owner, id: repository.id + 1, type: 'User' },
      default_branch: 'main',
    });
  });
  app.get('/repos/:owner/:repo/hooks', (req, res) => {
    const repository = resolve(req, res);
    if (!repository) return;
    res.json(repository.hooks.map((hook) => hookJson(repository, hook)));
  });
  app.post('/repos/:owner/:repo/hooks', (req, res) => {
    const repository = resolve(req, res);
    if (!repository) return;
    const body = (req.body ?? {}) as Partial<FakeHook>;
    if (!body.config?.url) {
      res.status(422).json({ message: 'Validation Failed' });
      return;
    }
    const hook: FakeHook = {
      id: nextHookId++,
      name: body.name ?? 'web',
      active: body.active ?? true,
      events: body.events ?? ['push'],
      config: { ...body.config },
      deliveries: [],
    };
    repository.hooks.push(hook);
    res.status(201).json(hookJson(repository, hook));
  });
  app.patch('/repos/:owner/:repo/hooks/:id', (req, res) => {
    const repository = resolve(req, res);
    if (!repository) return;
    const hook = repository.hooks.find((candidate) => candidate.id === Number(req.params.id));
    if (!hook) {
      res.status(404).json({ message: 'Not Found' });
      return;
    }
    const body = (req.body ?? {}) as Partial<FakeHook>;
    if (body.config) hook.config = { ...hook.config, ...body.config };
    if (body.events) hook.events = body.events;
    if (body.active !== undefined) hook.active = body.active;
    res.json(hookJson(repository, hook));
  });
  app.delete('/repos/:owner/:repo/hooks/:id', (req, res) => {
    const repository = resolve(req, res);
    if (!repository) return;
    const index = repository.hooks.findIndex((candidate) => candidate.id === Number(req.params.id));
    if (index < 0) {
      res.status(404).json({ message: 'Not Found' });
      return;
    }
    repository.hooks.splice(index, 1);
    res.status(204).end();
  });

  const deliverySummary = (repository: FakeRepository, hook: FakeHook, delivery: FakeHookDelivery) => ({
    id: delivery.id,
    guid: delivery.guid,
    delivered_at: delivery.deliveredAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    redelivery: delivery.redelivery,
    duration: 0.27,
    status: delivery.status,
    status_code: delivery.statusCode,
    event: delivery.event,
    action: delivery.action,
    installation_id: null,
    repository_id: repository.id,
    throttled_at: null,
    url: `/repos/${repository.owner}/${repository.name}/hooks/${hook.id}/deliveries/${delivery.id}`,
  });
  /** The hook of the path, after the token checks; null when it already answered. */
  const resolveHook = (
    req: Request,
    res: Response,
  ): { repository: FakeRepository; hook: FakeHook } | null => {
    const repository = resolve(req, res);
    if (!repository) return null;
    if (rateLimitedUntil !== null && rateLimitedUntil.getTime() > Date.now()) {
      res
        .status(403)
        .set({
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': String(Math.ceil(rateLimitedUntil.getTime() / 1000)),
        })
        .json({ message: 'API rate limit exceeded', documentation_url: 'https://docs.github.com/rest' });
      return null;
    }
    const hook = repository.hooks.find((candidate) => candidate.id === Number(req.params.id));
    if (!hook) {
      res.status(404).json({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      return null;
    }
    return { repository, hook };
  };
  app.get('/repos/:owner/:repo/hooks/:id/deliveries', (req, res) => {
    const found = resolveHook(req, res);
    if (!found) return;
    const { repository, hook } = found;
    const perPage = req.query.per_page === undefined ? 30 : Number(req.query.per_page);
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 100) {
      res.status(422).json({ message: 'Validation Failed' });
      return;
    }
    const newestFirst = [...hook.deliveries].sort((a, b) => b.id - a.id);
    let start = 0;
    if (typeof req.query.cursor === 'string') {
      const match = /^v1_(\d+)$/.exec(req.query.cursor);
      if (!match) {
        res.status(400).json({ message: 'Bad Request' });
        return;
      }
      const from = Number(match[1]);
      start = newestFirst.findIndex((delivery) => delivery.id <= from);
      if (start < 0) start = newestFirst.length;
    }
    const page = newestFirst.slice(start, start + perPage);
    const next = newestFirst[start + perPage];
    if (next) {
      const base = `${req.protocol}://${req.get('host') ?? ''}${req.path}`;
      res.set('link', `<${base}?per_page=${perPage}&cursor=v1_${next.id}>; rel="next"`);
    }
    res.json(page.map((delivery) => deliverySummary(repository, hook, delivery)));
  });
  app.get('/repos/:owner/:repo/hooks/:id/deliveries/:deliveryId', (req, res) => {
    const found = resolveHook(req, res);
    if (!found) return;
    const { repository, hook } = found;
    const delivery = hook.deliveries.find((candidate) => candidate.id === Number(req.params.deliveryId));
    if (!delivery) {
      res.status(404).json({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      return;
    }
    res.json({
      ...deliverySummary(repository, hook, delivery),
      request: {
        headers: {
          Accept: '*/*',
          'content-type': 'application/json',
          'User-Agent': 'GitHub-Hookshot/044aadd',
          'X-GitHub-Delivery': delivery.guid,
          'X-GitHub-Event': delivery.event,
          'X-GitHub-Hook-ID': String(hook.id),
          'X-GitHub-Hook-Installation-Target-ID': String(repository.id),
          'X-GitHub-Hook-Installation-Target-Type': 'repository',
          'X-Hub-Signature-256': 'sha256=********',
        },
        payload: delivery.payload,
      },
      response: {
        headers: {},
        payload: delivery.statusCode === 0 ? null : '{"status":"accepted"}',
      },
    });
  });

  return {
    server,
    apiBaseUrl: server.apiBaseUrl,
    repositories,
    knownTokens,
    addRepository: (input) => {
      const repository: FakeRepository = {
        id: input.id,
        owner: input.owner,
        name: input.name,
        private: input.private ?? true,
        tokens: new Set(input.tokens),
        hooks: [],
      };
      for (const token of input.tokens) knownTokens.add(token);
      repositories.set(key(input.owner, input.name), repository);
      return repository;
    },
    repoRequests: () => server.requests.filter((request) => request.path.startsWith('/repos/')),
    failWith: (status) => {
      failure = status;
    },
    logDelivery: (repository, input) => {
      const hook = repository.hooks[0];
      if (!hook)
        throw new Error(`${repository.owner}/${repository.name} has no webhook to log deliveries of`);
      const failed = input.statusCode === 0;
      const payload = input.payload;
      const delivery: FakeHookDelivery = {
        id: nextDeliveryId++,
        guid: input.guid,
        deliveredAt: input.deliveredAt ?? new Date(),
        event: input.event,
        action: typeof payload.action === 'string' ? payload.action : null,
        statusCode: input.statusCode ?? 202,
        status: failed ? 'failed to connect to host' : 'OK',
        redelivery: input.redelivery ?? false,
        payload,
      };
      hook.deliveries.push(delivery);
      return delivery;
    },
    rateLimitDeliveryLog: (until) => {
      rateLimitedUntil = until;
    },
    statuses,
    comments,
    refusedReports,
    exhaustRateLimit: (seconds) => {
      rateLimitResetSeconds = Math.ceil(Date.now() / 1000 + seconds);
      return rateLimitResetSeconds * 1000;
    },
    refuseReportsWith: (status) => {
      reportFailure = status;
    },
    close: () => server.close(),
  };
}

/** A fresh fake GitHub serving only the repository API. */
export async function startFakeGitHubApi(): Promise<FakeGitHubApi> {
  return installFakeGitHubApi(await startFakeGitHubServer());
}
