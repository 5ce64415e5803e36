import { because, DomainError, invalidArgument, notFound, unavailable } from '../domain/errors.js';
import { type ProviderRepository, type RepositoryProviderApi } from '../domain/repositories/ports.js';
import { githubClient, httpStatusOf } from './octokit.js';

export interface GitHubRepositoryApiOptions {
  /** CODEXK8S_GITHUB_API_BASE_URL. */
  baseUrl: string;
  /** CODEXK8S_PUBLIC_BASE_URL + /api/v1/webhooks/github. */
  webhookUrl: string;
  /** The first of CODEXK8S_GITHUB_WEBHOOK_SECRET (the others only verify during rotation). */
  webhookSecret: string;
  /** CODEXK8S_GITHUB_WEBHOOK_EVENTS. */
  events: string[];
  timeoutMs?: number;
}

/** GitHub's REST API for repositories and their webhooks (@octokit/rest), one client per token. */
export class GitHubRepositoryApi implements RepositoryProviderApi {
  constructor(private readonly options: GitHubRepositoryApiOptions) {}

  private client(token: string) {
    return githubClient(token, this.options);
  }

  async getRepository(token: string, owner: string, name: string): Promise<ProviderRepository> {
    try {
      const { data } = await this.client(token).rest.repos.get({ owner, repo: name });
      return { externalId: data.id, owner: data.owner.login, name: data.name };
    } catch (error) {
      throw toDomainError(error, `${owner}/${name}`);
    }
  }

  async ensureWebhook(
    token: string,
    owner: string,
    name: string,
    knownHookId: number | null,
  ): Promise<number> {
    const github = this.client(token);
    const config = {
      url: this.options.webhookUrl,
      content_type: 'json',
      secret: this.options.webhookSecret,
      insecure_ssl: '0',
    };
    try {
      let hookId = knownHookId;
      if (hookId === null) {
        // A hook to our URL may exist already (attached before, or by hand): update it instead of adding a twin.
        const hooks = await github.paginate(github.rest.repos.listWebhooks, {
          owner,
          repo: name,
          per_page: 100,
        });
        hookId = hooks.find((hook) => hook.config.url === this.options.webhookUrl)?.id ?? null;
      }
      if (hookId !== null) {
        try {
          await github.rest.repos.updateWebhook({
            owner,
            repo: name,
            hook_id: hookId,
            config,
            events: this.options.events,
            active: true,
          });
          return hookId;
        } catch (error) {
          // Deleted on GitHub meanwhile: fall through and create a new one.
          if (httpStatusOf(error) !== 404) throw error;
        }
      }
      const { data } = await github.rest.repos.createWebhook({
        owner,
        repo: name,
        name: 'web',
        config,
        events: this.options.events,
        active: true,
      });
      return data.id;
    } catch (error) {
      throw toDomainError(error, `${owner}/${name}`, 'webhook');
    }
  }

  async deleteWebhook(token: string, owner: string, name: string, hookId: number | null): Promise<void> {
    const github = this.client(token);
    try {
      let id = hookId;
      if (id === null) {
        const hooks = await github.paginate(github.rest.repos.listWebhooks, {
          owner,
          repo: name,
          per_page: 100,
        });
        id = hooks.find((hook) => hook.config.url === this.options.webhookUrl)?.id ?? null;
      }
      if (id === null) return;
      await github.rest.repos.deleteWebhook({ owner, repo: name, hook_id: id });
    } catch (error) {
      // Already gone is what we wanted.
      if (httpStatusOf(error) === 404) return;
      throw toDomainError(error, `${owner}/${name}`, 'webhook');
    }
  }
}

function toDomainError(
  error: unknown,
  fullName: string,
  what: 'repository' | 'webhook' = 'repository',
): DomainError {
  if (error instanceof DomainError) return error;
  const status = httpStatusOf(error);
  if (status !== undefined) {
    const message = error instanceof Error ? error.message : '';
    if (status === 401)
      return invalidArgument(
        'token: GitHub rejected the token (401 Bad credentials)',
        because('github_token_rejected', { status }),
      );
    if (status === 404) {
      return what === 'repository'
        ? notFound(
            `GitHub repository ${fullName} was not found, or the token cannot see it (404)`,
            because('github_repository_not_found', { status }),
          )
        : invalidArgument(
            `token: cannot manage the webhooks of ${fullName}; the token needs admin:repo_hook (404)`,
            because('github_hook_permission', { status }),
          );
    }
    if (status === 403)
      return invalidArgument(
        `token: GitHub refused access to ${fullName} (403); check the token's permissions`,
        because('github_access_denied', { status }),
      );
    if (status === 422)
      return invalidArgument(
        `GitHub refused the webhook for ${fullName} (422): ${message}`,
        because('github_webhook_refused', { status }),
      );
    return unavailable(
      `GitHub answered ${status} for ${fullName}; try again later`,
      because('github_refused', { status }),
    );
  }
  return unavailable(
    `GitHub could not be reached for ${fullName}; try again later`,
    because('github_unreachable'),
  );
}
