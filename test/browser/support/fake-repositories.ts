import { type FakeGitHubServer } from '../../support/fake-github.js';

export interface FakeRepository {
  id: number;
  owner: string;
  name: string;
  /** The only token GitHub accepts for this repository. */
  token: string;
}

export interface FakeHook {
  id: number;
  owner: string;
  name: string;
  config: Record<string, unknown>;
  events: string[];
  active: boolean;
}

/**
 * The repository and webhook endpoints the control-plane calls when a repository is attached or
 * removed, on GitHub's real REST paths: GET /repos/{o}/{r}, GET/POST /repos/{o}/{r}/hooks,
 * PATCH/DELETE /repos/{o}/{r}/hooks/{id}.
 */
export function installFakeRepositories(server: FakeGitHubServer, repositories: FakeRepository[]): { hooks: FakeHook[] } {
  const hooks: FakeHook[] = [];
  let nextHookId = 1;
  const find = (owner: string, name: string, authorization: string | undefined) => {
    const repository = repositories.find((entry) => entry.owner === owner && entry.name === name);
    const token = /^(?:token|bearer) (\S+)$/i.exec(authorization ?? '')?.[1];
    return repository && token === repository.token ? repository : null;
  };
  const notFound = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' };
  const hookJson = (hook: FakeHook) => ({
    id: hook.id,
    type: 'Repository',
    name: 'web',
    active: hook.active,
    events: hook.events,
    config: hook.config,
    url: `${server.apiBaseUrl}/repos/${hook.owner}/${hook.name}/hooks/${hook.id}`,
  });

  server.app.get('/repos/:owner/:repo', (req, res) => {
    const repository = find(req.params.owner, req.params.repo, req.headers.authorization);
    if (!repository) return void res.status(404).json(notFound);
    res.json({
      id: repository.id,
      name: repository.name,
      full_name: `${repository.owner}/${repository.name}`,
      private: true,
      owner: { login: repository.owner, id: repository.id + 1, type: 'Organization' },
      default_branch: 'main',
    });
  });
  server.app.get('/repos/:owner/:repo/hooks', (req, res) => {
    if (!find(req.params.owner, req.params.repo, req.headers.authorization)) return void res.status(404).json(notFound);
    res.json(hooks.filter((hook) => hook.owner === req.params.owner && hook.name === req.params.repo).map(hookJson));
  });
  server.app.post('/repos/:owner/:repo/hooks', (req, res) => {
    if (!find(req.params.owner, req.params.repo, req.headers.authorization)) return void res.status(404).json(notFound);
    const body = req.body as { config?: Record<string, unknown>; events?: string[]; active?: boolean };
    const hook: FakeHook = {
      id: nextHookId++,
      owner: req.params.owner,
      name: req.params.repo,
      config: body.config ?? {},
      events: body.events ?? ['push'],
      active: body.active ?? true,
    };
    hooks.push(hook);
    res.status(201).json(hookJson(hook));
  });
  server.app.patch('/repos/:owner/:repo/hooks/:id', (req, res) => {
    const hook = hooks.find((entry) => entry.id === Number(req.params.id) && entry.owner === req.params.owner && entry.name === req.params.repo);
    if (!hook || !find(req.params.owner, req.params.repo, req.headers.authorization)) return void res.status(404).json(notFound);
    const body = req.body as { config?: Record<string, unknown>; events?: string[]; active?: boolean };
    Object.assign(hook, { config: body.config ?? hook.config, events: body.events ?? hook.events, active: body.active ?? hook.active });
    res.json(hookJson(hook));
  });
  server.app.delete('/repos/:owner/:repo/hooks/:id', (req, res) => {
    const index = hooks.findIndex((entry) => entry.id === Number(req.params.id) && entry.owner === req.params.owner && entry.name === req.params.repo);
    if (index < 0 || !find(req.params.owner, req.params.repo, req.headers.authorization)) return void res.status(404).json(notFound);
    hooks.splice(index, 1);
    res.status(204).end();
  });
  return { hooks };
}
