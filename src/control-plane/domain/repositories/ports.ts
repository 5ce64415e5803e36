import { type RecoveryOutcome } from '../../../shared/contract/recovery-outcome.js';
import { type AccessDirectory } from '../access/actor.js';
import { type AuditTrail } from '../staff-call/audit.js';
import { type Page, type PageRequest } from '../staff-call/pagination.js';
import { type Transactor } from '../staff-call/transaction.js';

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

/** How the last walk of a repository's webhook delivery log ended (SPEC §14). */
export type WalkStatus = RecoveryOutcome;

/** The walk of a repository's delivery log as the console shows it (SPEC §14). */
export interface RecoveryState {
  repositoryId: string;
  lastWalkAt: Date | null;
  lastOutcome: WalkStatus | null;
  lastError: string | null;
  lastChecked: number;
  lastRecovered: number;
  /** Deliveries recovered for this repository, all walks together. */
  recoveredTotal: number;
}

/** A repository as repositories.list shows it: with its walk state (null before its first walk). */
export interface ListedRepository extends RepositoryRecord {
  recovery: RecoveryState | null;
}

export interface RecoveryStateReader {
  states(repositoryIds: readonly string[]): Promise<Map<string, RecoveryState>>;
}

/** A repository with what it takes to manage its webhook (control-plane internal). */
export interface RepositoryWithCredentials extends RepositoryRecord {
  /** AES-256-GCM ciphertext of the access token; never leaves the control-plane. */
  tokenEncrypted: Buffer;
  /** GitHub's id of the webhook the platform created, so updates and deletes hit the same hook. */
  webhookId: number | null;
}

export interface RepositoryStore {
  /** Ordered by owner, name. */
  list(projectId: string, page: PageRequest): Promise<Page<RepositoryRecord>>;
  findInProject(projectId: string, repositoryId: string): Promise<RepositoryWithCredentials | null>;
  findByExternalId(
    provider: RepositoryProvider,
    externalId: number,
  ): Promise<RepositoryWithCredentials | null>;
  listWithCredentials(projectId: string): Promise<RepositoryWithCredentials[]>;
  /** Inserts, or updates the row with the same (provider, external id) in the same project. */
  save(
    input: Omit<RepositoryWithCredentials, 'id' | 'createdAt' | 'updatedAt'>,
  ): Promise<{ repository: RepositoryRecord; created: boolean }>;
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

/** Everything the repositories use-cases depend on; each asks for the few it uses (`Pick<RepositoriesPorts, …>`). */
export interface RepositoriesPorts {
  directory: AccessDirectory;
  repositories: RepositoryStore;
  github: RepositoryProviderApi;
  cipher: TokenCipher;
  audit: AuditTrail;
  transactor: Transactor;
  recoveryStates: RecoveryStateReader;
}
