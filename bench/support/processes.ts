import { spawn, type ChildProcess } from 'node:child_process';

/** A process under benchmark: the last 4 KB of its stderr are kept to explain a failed start. */
export interface BenchChild {
  name: string;
  child: ChildProcess;
  stderr: () => string;
}

/**
 * Starts `node [nodeArgs] <script>` with only the given environment (plus PATH and HOME). Logs go
 * to /dev/null, where a container's would not be read back: the cost of writing them stays.
 */
export function startNode(
  name: string,
  scriptPath: string,
  childEnv: Record<string, string>,
  nodeArgs: string[] = [],
): BenchChild {
  const child = spawn(process.execPath, [...nodeArgs, scriptPath], {
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...childEnv },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  return { name, child, stderr: () => stderr };
}

/** Polls `url` until it answers 2xx; fails early if the process exits. */
export async function waitForReady(url: string, child: BenchChild, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.child.exitCode !== null)
      throw new Error(`${child.name} exited (${child.child.exitCode}): ${child.stderr()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${child.name} did not become ready at ${url}: ${child.stderr()}`);
}

/** SIGTERM and wait for the exit (a no-op for a process that already ended). */
export async function stopChild(child: BenchChild): Promise<void> {
  if (child.child.exitCode !== null || child.child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.child.once('exit', resolve));
  child.child.kill('SIGTERM');
  await exited;
}

/** Extra node flags for the processes under test (e.g. `--cpu-prof`), from BENCH_NODE_ARGS. */
export const benchNodeArgs = (process.env['BENCH_NODE_ARGS'] ?? '').split(' ').filter((arg) => arg !== '');
