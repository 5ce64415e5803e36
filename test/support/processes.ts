import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

export interface RunningProcess {
  child: ChildProcess;
  /** Everything the process printed so far (stdout and stderr interleaved). */
  output(): string;
  /** Resolves when a line of output matches. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts a built entrypoint (`dist/src/<name>/main.js`) exactly as the containers do: `node` + env. */
export function startBuiltProcess(
  entry: 'edge' | 'control-plane',
  env: Record<string, string>,
): RunningProcess {
  return startCommand(process.execPath, [path.join(projectRoot, 'dist/src', entry, 'main.js')], env);
}

/**
 * Runs `command` as PID 1 of a new PID namespace (`unshare --pid --fork`, root only), the way a
 * container runtime runs its command: PID 1 gets no default signal handling, so only a process that
 * installs its own handlers reacts to SIGTERM. `stop`/`kill` go to that PID 1; `unshare` exits
 * with its status, and everything in the namespace dies with it.
 */
export function startInPidNamespace(command: readonly string[], env: Record<string, string>): RunningProcess {
  const running = startCommand(
    'unshare',
    ['--pid', '--fork', '--mount-proc', '--kill-child', ...command],
    env,
  );
  const namespaceInit = async (): Promise<number> => {
    const unsharePid = running.child.pid;
    for (let attempt = 0; attempt < 200 && unsharePid !== undefined; attempt += 1) {
      const children = readFileSync(`/proc/${unsharePid}/task/${unsharePid}/children`, 'utf8').trim();
      const pid = Number(children.split(/\s+/)[0]);
      // NSpid: its pid outside, then inside the namespace (1)
      if (pid > 0 && /^NSpid:\s+\d+\s+1$/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'))) return pid;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`no PID 1 under unshare (pid ${unsharePid}); output:\n${running.output()}`);
  };
  return {
    ...running,
    stop: async (signal = 'SIGTERM') => {
      const exited = () => running.child.exitCode !== null || running.child.signalCode !== null;
      try {
        if (!exited()) process.kill(await namespaceInit(), signal);
      } catch (error) {
        if (!exited()) throw error;
      }
      return running.exited;
    },
  };
}

export function startCommand(
  command: string,
  args: string[],
  env: Record<string, string>,
  cwd = projectRoot,
): RunningProcess {
  const child = spawn(command, args, {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = once(child, 'exit').then(([code]) => code as number | null);

  return {
    child,
    output: () => output,
    exited,
    waitForOutput: (pattern, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const match = output.split('\n').find((line) => pattern.test(line));
          if (match !== undefined) {
            cleanup();
            resolve(match);
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`timed out waiting for ${pattern} in output:\n${output}`));
        }, timeoutMs);
        const onExit = () => {
          cleanup();
          reject(new Error(`process exited before printing ${pattern}; output:\n${output}`));
        };
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
          child.off('exit', onExit);
        };
        listeners.add(check);
        child.once('exit', onExit);
        check();
      }),
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/**
 * Polls a URL until it answers with the expected status. Given the process that should answer, it
 * gives up as soon as that process exits, and both failures carry the process's output: a start-up
 * refusal (a port taken, a bad setting) then reads as such, not as a bare timeout.
 */
export async function waitForHttp(
  url: string,
  expectedStatus = 200,
  timeoutMs = 20_000,
  server?: RunningProcess,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const serverOutput = () => (server ? `; output:\n${server.output()}` : '');
  let last = '';
  while (Date.now() < deadline) {
    if (server && (server.child.exitCode !== null || server.child.signalCode !== null)) {
      const how = server.child.signalCode ?? `code ${server.child.exitCode}`;
      throw new Error(`the process meant to answer ${url} exited (${how})${serverOutput()}`);
    }
    try {
      const response = await fetch(url);
      if (response.status === expectedStatus) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `timed out waiting for ${url} to answer ${expectedStatus} (last: ${last})${serverOutput()}`,
  );
}
