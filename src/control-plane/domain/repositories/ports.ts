import { type Page, type PageRequest } from '../staff/pagination.js';

export type RepositoryProvider = 'github' | 'gitlab';

/** What the API shows of a repository: never the token, never its ciphertext. */
export interface RepositoryRecord {
  id: string;
  projectId: string;
  provider: RepositoryProvider;
  externalId: number;
  owner: string;
  name: string;
  servicesYamlPath: string;
  createdAt: Date;
  updatedAt: Date;
}

/** A repository with what it takes to manage its webhook (control-plane internal). */
export interface RepositoryWithCredentials extends RepositoryRecord {
  tokenEncrypted: Buffer;
  webhookId: number | null;
}

export interface RepositoryStore {
  projectExists(projectId: string): Promise<boolean>;
  /** Ordered by owner, name. */
  list(projectId: string, page: PageRequest): Promise<Page<RepositoryRecord>>;
  findInProject(projectId: string, repositoryId: string): Promise<RepositoryWithCredentials | null>;
  findByExternalId(
    provider: RepositoryProvider,
    externalId: number,
  ): Promise<RepositoryWithCredentials | null>;
  listWithCredentials(projectId: string): Promise<RepositoryWithCredentials[]>;
  /** Inserts, or updates the row with the same (provider, external id) in the same project. */
  save(input: {
    projectId: string;
    provider: RepositoryProvider;
    externalId: number;
    owner: string;
    name: string;
    tokenEncrypted: Buffer;
    servicesYamlPath: string;
    webhookId: number | null;
  }): Promise<{ repository: RepositoryRecord; created: boolean }>;
  delete(repositoryId: string): Promise<boolean>;
}

export interface ProviderRepository {
  externalId: number;
  /** As the provider spells them (canonical case). */
  owner: string;
  name: string;
}

/**
 * The provider's REST API (GitHub). Refusals come back as domain errors: a rejected token is
 * `invalid_argument` naming `token`, an unknown or invisible repository `not_found`, anything
 * else (network, 5xx) `unavailable`.
 */
export interface RepositoryProviderApi {
  getRepository(token: string, owner: string, name: string): Promise<ProviderRepository>;
  /** Creates the platform's webhook or updates the existing one; returns its id. */
  ensureWebhook(token: string, owner: string, name: string, knownHookId: number | null): Promise<number>;
  deleteWebhook(token: string, owner: string, name: string, hookId: number | null): Promise<void>;
}

/** AES-256-GCM under CODEXK8S_TOKEN_ENCRYPTION_KEY. */
export interface TokenCipher {
  encrypt(plaintext: string): Buffer;
  decrypt(ciphertext: Buffer): string;
}
