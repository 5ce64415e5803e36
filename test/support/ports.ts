import getPort, { portNumbers } from 'get-port';

// Why not port 0: the kernel hands out ports from the ephemeral range (32768–60999 here), and it
// hands the same range to every outgoing connection (to PostgreSQL, between the processes). A port
// probed free and released can be taken by such a connection, or by the other test worker, before
// the process under test binds it; the process then exits with EADDRINUSE and the test only sees a
// timeout. So each vitest worker (VITEST_POOL_ID 1…maxWorkers) picks from its own block below the
// ephemeral range, and `reserve` keeps a port from being handed out twice in one test file.
const firstPort = 20_000;
const portsPerWorker = 1_000;
const workerBlocks = 12;

// Several checkouts testing on one machine at once (git worktrees) each set their own
// TEST_PORT_BLOCK_OFFSET, so their workers draw from different blocks too.
const blockOffset = Number.parseInt(process.env.TEST_PORT_BLOCK_OFFSET ?? '0', 10) || 0;

function workerBlock(): number {
  const poolId = Number.parseInt(process.env.VITEST_POOL_ID ?? '', 10);
  const index = Number.isSafeInteger(poolId) && poolId > 0 ? poolId - 1 : workerBlocks - 1;
  return (index + blockOffset) % workerBlocks;
}

/** A free TCP port on loopback, never handed out twice in one test file, never shared between workers. */
export function freePort(): Promise<number> {
  const from = firstPort + workerBlock() * portsPerWorker;
  return getPort({ host: '127.0.0.1', port: portNumbers(from, from + portsPerWorker - 1), reserve: true });
}
