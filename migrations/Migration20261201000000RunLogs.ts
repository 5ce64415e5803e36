import { Migration } from '@mikro-orm/migrations';

/**
 * Run logs (SPEC §12). `run_logs` is one row per captured run: where writing resumes (`next_seq`,
 * the kubernetes source cursor), how many bytes are stored against the cap, whether the capture
 * is complete (`closed_at`). `run_log_chunks` holds the text, a batch of one stream's output per
 * row. Deleting a log (retention) or its run cascades to the chunks. Chunk text is compressed with
 * lz4 where the server has it, like the run payloads (PGlite keeps pglz).
 */
export class Migration20261201000000RunLogs extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table run_logs (
        run_id uuid primary key references agent_runs (id) on delete cascade,
        next_seq bigint not null default 1 check (next_seq >= 1),
        bytes bigint not null default 0 check (bytes >= 0),
        truncated boolean not null default false,
        source_cursor text null,
        closed_at timestamptz null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`);
    // Retention deletes logs by their last write.
    this.addSql(`create index run_logs_updated_at_idx on run_logs (updated_at);`);
    this.addSql(`
      create table run_log_chunks (
        run_id uuid not null references run_logs (run_id) on delete cascade,
        seq bigint not null check (seq >= 1),
        stream text not null check (stream in ('stdout', 'stderr', 'system')),
        at timestamptz not null,
        text text not null,
        primary key (run_id, seq)
      );`);
    this.addSql(`
      do $$
      begin
        alter table run_log_chunks alter column text set compression lz4;
      exception when feature_not_supported then
        null;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists run_log_chunks;`);
    this.addSql(`drop table if exists run_logs;`);
  }
}
