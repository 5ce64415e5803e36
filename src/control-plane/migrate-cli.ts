/**
 * `npm run migrate`: applies pending migrations to DATABASE_URL and exits (what the Kubernetes
 * migrate Job and the compose `migrate` service run). Runs from dist/ with production deps only.
 *
 *   migrate            apply pending migrations (default)
 *   migrate status     list pending migrations; exit 0 either way
 *   migrate down       revert the most recent migration
 *   migrate down all   revert every migration (an empty schema; for development)
 */
import { loadConfigOrExit } from '../shared/config/load-config.js';
import { exitOnStopSignal } from '../shared/lifecycle/graceful-shutdown.js';
import { controlPlaneConfigSchema } from './config.js';
import { migrateDown, migrateUp, openDatabase, pendingMigrations } from './persistence/orm.js';

const migrateConfigSchema = controlPlaneConfigSchema.pick({ DATABASE_URL: true, LOG_LEVEL: true });

async function main(): Promise<number> {
  // A stopped migration exits non-zero at once; PostgreSQL rolls back the transaction it was in.
  exitOnStopSignal('migrate');
  const config = loadConfigOrExit(migrateConfigSchema);
  const [command = 'up', argument] = process.argv.slice(2);
  const verbose = config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace';
  const orm = await openDatabase({
    url: config.DATABASE_URL,
    poolMax: 1,
    log: verbose ? (message) => process.stderr.write(`${message}\n`) : undefined,
  });
  try {
    switch (command) {
      case 'up': {
        const applied = await migrateUp(orm);
        process.stdout.write(
          applied.length > 0
            ? `applied ${applied.length} migration(s): ${applied.join(', ')}\n`
            : 'schema is up to date\n',
        );
        return 0;
      }
      case 'status': {
        const pending = await pendingMigrations(orm);
        process.stdout.write(
          pending.length > 0
            ? `${pending.length} pending: ${pending.join(', ')}\n`
            : 'schema is up to date\n',
        );
        return 0;
      }
      case 'down': {
        const reverted = argument === 'all' ? await migrateDown(orm, 0) : await revertLast(orm);
        process.stdout.write(
          reverted.length > 0 ? `reverted: ${reverted.join(', ')}\n` : 'nothing to revert\n',
        );
        return 0;
      }
      default:
        process.stderr.write(`migrate: unknown command "${command}" (expected up, status, down [all])\n`);
        return 64;
    }
  } finally {
    await orm.close();
  }
}

async function revertLast(orm: Awaited<ReturnType<typeof openDatabase>>): Promise<string[]> {
  const reverted = await orm.getMigrator().down();
  return reverted.map((migration) => migration.name);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`migrate failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
