/**
 * GitHub's repository and webhook REST endpoints, installed on the shared fake GitHub server
 * (fake-github.ts): GET /repos/:owner/:repo and GET/POST/PATCH/DELETE /repos/:owner/:repo/hooks[/:id].
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

  const app = server.app;
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
    close: () => server.close(),
  };
}

/** A fresh fake GitHub serving only the repository API. */
export async function startFakeGitHubApi(): Promise<FakeGitHubApi> {
  return installFakeGitHubApi(await startFakeGitHubServer());
}
