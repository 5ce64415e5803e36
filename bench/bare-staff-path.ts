/**
 * The ceiling for bench/staff.ts: a member's first page of runs.list through the same libraries
 * and the same SQL, with none of the product's plumbing. Two processes, like the product's:
 *
 * - BENCH_BARE_ROLE=control-plane: a grpc-js server with the generated ListRuns definition that
 *   runs the store's statement (its copy in support/member-first-page.ts) on a plain pg pool, as a
 *   prepared statement, and maps rows to the proto message as the product does. No MikroORM or
 *   knex, no row checks, no domain or RBAC, no interceptors.
 * - BENCH_BARE_ROLE=edge: a plain Node HTTP server that answers every GET by calling ListRuns
 *   through the edge's ControlPlaneClient and writing the page as tRPC's JSON envelope. No tRPC,
 *   no sign-in, no request log.
 *
 * What the product adds on top of this floor is what its own layers cost; what this floor costs
 * is what grpc-js, protobufjs, pg, PostgreSQL and Node's HTTP cost on this machine.
 */
import { createServer } from 'node:http';
import * as grpc from '@grpc/grpc-js';
import pg from 'pg';
import { runSummaryMessage } from '../src/control-plane/grpc/handlers/runs.js';
import { ControlPlaneClient } from '../src/edge/control-plane/client.js';
import { pageJson, runJson } from '../src/edge/trpc/mappers.js';
import { isoTimestampDigits } from '../src/shared/fast-paths/iso-timestamp-digits.js';
import { protobufNativeStrings } from '../src/shared/fast-paths/protobuf-native-strings.js';
import { controlPlaneServiceDefinition, type v1 } from '../src/shared/proto/index.js';
import {
  memberFirstPage,
  type MemberFirstPageRow,
  memberFirstPageStatement,
} from './support/member-first-page.js';

// The floor stays what it was measured as, whatever BENCH_FAST_PATHS: with the shared fast paths,
// so the product with them on and with them off are both compared with the same floor.
protobufNativeStrings.install!();
isoTimestampDigits.install!();

const env = process.env;
const role = env['BENCH_BARE_ROLE'];
const port = Number(env['BENCH_PORT'] ?? 0);

function required(name: string): string {
  const value = env[name];
  if (!value) {
    process.stderr.write(`bare-staff-path: ${name} is required\n`);
    process.exit(78);
  }
  return value;
}

/** PostgreSQL's text of timestamps, as MikroORM's connection hands them over (the cursor needs it). */
const timestampOids = new Set([1114, 1184]);

function startControlPlane(): void {
  const pool = new pg.Pool({
    connectionString: required('DATABASE_URL'),
    max: 10,
    // Connections stay for the bench's whole run, so its CPU account can read each backend's.
    idleTimeoutMillis: 0,
    options: '-c TimeZone=UTC',
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        timestampOids.has(oid)
          ? (value: string) => value
          : pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
    },
  });
  const listRuns: grpc.handleUnaryCall<v1.ListRunsRequest, v1.ListRunsResponse.$Properties> = (
    call,
    callback,
  ) => {
    const { limit } = call.request;
    const statement = memberFirstPageStatement(call.request.principal?.userId ?? '', limit);
    pool
      .query<MemberFirstPageRow>({ name: 'bare_member_first_page', ...statement })
      .then((result) => {
        const page = memberFirstPage(result.rows, limit);
        callback(null, { items: page.items.map(runSummaryMessage), nextCursor: page.nextCursor });
      })
      .catch((error: unknown) => callback({ code: grpc.status.INTERNAL, details: String(error) }));
  };
  const server = new grpc.Server({ 'grpc.enable_channelz': 0 });
  server.addService(controlPlaneServiceDefinition, { listRuns } as grpc.UntypedServiceImplementation);
  server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (error, bound) => {
    if (error) throw error;
    process.stdout.write(`bare control-plane listening on ${bound}\n`);
  });
  process.on('SIGTERM', () => server.tryShutdown(() => void pool.end().then(() => process.exit(0))));
}

function startEdge(): void {
  const client = new ControlPlaneClient({
    target: required('BENCH_CONTROL_PLANE_TARGET'),
    internalToken: 'bare',
    deadlineMs: 10_000,
  });
  const principal = { userId: required('BENCH_MEMBER_ID'), email: 'bench-member@example.com' };
  const server = createServer((req, res) => {
    if (req.url === '/health/livez') {
      res.end('{"status":"ok"}');
      return;
    }
    client
      .call('listRuns', { principal, limit: 50, cursor: '', projectId: '', status: '' })
      .then((response) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ result: { data: pageJson(response, runJson) } }));
      })
      .catch((error: unknown) => {
        res.statusCode = 502;
        res.end(JSON.stringify({ error: String(error) }));
      });
  });
  server.listen(port, '127.0.0.1', () => process.stdout.write(`bare edge listening on ${port}\n`));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
}

if (role === 'control-plane') startControlPlane();
else if (role === 'edge') startEdge();
else {
  process.stderr.write('bare-staff-path: BENCH_BARE_ROLE must be control-plane or edge\n');
  process.exit(78);
}
