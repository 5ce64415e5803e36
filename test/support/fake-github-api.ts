/**
 * GitHub's repository and webhook REST endpoints, installed on the shared fake GitHub server
 * (fake-github.ts): GET /repos/:owner/:repo and GET/POST/PATCH/DELETE /repos/:owner/:repo/hooks[/:id];
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
  /** When set, every /repos request answers this status (e.g. 500, 503). */
  failWith(status: number | null): void;
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
  let failure: number | null = null;
  let nextHookId = 1000;

  /** Token and visibility checks shared by every route; null when it already answered. */
  const resolve = (req: Request, res: Response): FakeRepository | null => {
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
