import { Migration } from '@mikro-orm/migrations';

/**
 * Webhook payloads (~10 KB of JSON each) are TOAST-compressed on every insert; lz4 costs a
 * quarter of the CPU of the default pglz on the ingest hot path. PostgreSQL builds without lz4
 * (PGlite) refuse the method with feature_not_supported and keep pglz.
 */
export class Migration20261127120000PayloadCompressionLz4 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      do $$
      begin
        alter table agent_runs alter column run_payload set compression lz4;
        alter table flow_events alter column payload set compression lz4;
      exception when feature_not_supported then
        null;
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table agent_runs alter column run_payload set compression default;`);
    this.addSql(`alter table flow_events alter column payload set compression default;`);
  }
}
