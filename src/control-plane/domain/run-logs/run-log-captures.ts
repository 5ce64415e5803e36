import { type TokenCipher } from '../repositories/ports.js';
import { RedactionRules } from './redaction.js';
import { RunLogWriter, type RunLogWriterOptions } from './run-log-writer.js';
import { type RunLogWriterStore } from './ports.js';

export interface RunLogCapturesOptions extends Omit<
  RunLogWriterOptions,
  'runId' | 'store' | 'rules' | 'onError'
> {
  store: RunLogWriterStore;
  cipher: Pick<TokenCipher, 'decrypt'>;
  /** Every secret value of the platform's own configuration (redacted in every run's log). */
  configuredSecrets: readonly string[];
  onError?: (error: unknown, runId: string, what: string) => void;
}

/**
 * Opens the log writer of each run a launcher starts or re-attaches to: where the stored log
 * stands, and what to redact in it (the configured secrets plus the run's repository token,
 * decrypted only for this and never stored or logged).
 */
export class RunLogCaptures {
  constructor(private readonly options: RunLogCapturesOptions) {}

  get maxBytes(): number {
    return this.options.maxBytes;
  }

  async open(runId: string): Promise<RunLogWriter> {
    const { store, cipher, configuredSecrets, onError } = this.options;
    const [state, token] = await Promise.all([store.openLog(runId), store.findRepositoryToken(runId)]);
    const secrets = [...configuredSecrets];
    if (token) {
      try {
        secrets.push(cipher.decrypt(token));
      } catch (error) {
        // A token that no longer decrypts (rotated key) cannot be printed by the run either way.
        onError?.(error, runId, 'repository token could not be decrypted for log redaction');
      }
    }
    return new RunLogWriter(
      {
        ...this.options,
        runId,
        store,
        rules: new RedactionRules(secrets),
        onError: (error, id) => onError?.(error, id, 'storing run log chunks failed; retrying'),
      },
      state,
    );
  }

  /**
   * Closes the log of a run whose capture cannot go on (its process is gone with an earlier
   * control-plane), with a line saying so; a closed or absent log is left alone.
   */
  abandon(runId: string, line: string): Promise<void> {
    return this.options.store.abandon(runId, line.endsWith('\n') ? line : `${line}\n`, this.options.maxBytes);
  }
}
