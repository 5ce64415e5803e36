import { spawn, type ChildProcess } from 'node:child_process';
import {
  type LaunchTarget,
  type RunLauncher,
  type RunObservation,
} from '../../domain/runs-lifecycle/ports.js';

export interface LocalLauncherOptions {
  command: string;
  /** Like the Job's activeDeadlineSeconds: past it the process is killed and the run fails. */
  timeoutMs: number;
}

interface LocalProcess {
  child: ChildProcess;
  result: RunObservation;
  timer: NodeJS.Timeout;
}

/**
 * Runs `sh -c <command>` on this machine (what `npm start` uses). Processes are tracked in memory
 * only: after a restart an unknown run is `not_found`, which fails it as job_not_found. The child
 * gets a minimal environment (never the control-plane's secrets) plus the run's ids.
 */
export class LocalLauncher implements RunLauncher {
  readonly kind = 'local';
  private readonly processes = new Map<string, LocalProcess>();

  constructor(private readonly options: LocalLauncherOptions) {}

  async launch(target: LaunchTarget): Promise<void> {
    if (this.processes.has(target.runId)) return;
    const child = spawn('sh', ['-c', this.options.command], {
      // Own process group, so cancel and timeout kill the whole command, not only the shell.
      detached: true,
      stdio: 'ignore',
      env: {
        PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
        HOME: process.env.HOME ?? '/tmp',
        LANG: process.env.LANG ?? 'C.UTF-8',
        CODEXK8S_RUN_ID: target.runId,
        CODEXK8S_CORRELATION_ID: target.correlationId,
        CODEXK8S_PROJECT_ID: target.projectId,
        CODEXK8S_JOB_NAME: target.jobName,
      },
    });
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
    const entry: LocalProcess = {
      child,
      result: { state: 'running' },
      timer: setTimeout(() => {
        if (entry.result.state !== 'running') return;
        entry.result = {
          state: 'failed',
          reason: `deadline exceeded after ${Math.round(this.options.timeoutMs / 1000)}s`,
        };
        killGroup(child);
      }, this.options.timeoutMs),
    };
    entry.timer.unref();
    child.once('exit', (code, signal) => {
      clearTimeout(entry.timer);
      if (entry.result.state !== 'running') return;
      entry.result =
        code === 0
          ? { state: 'succeeded' }
          : { state: 'failed', reason: code !== null ? `exit code ${code}` : `killed by ${signal}` };
    });
    this.processes.set(target.runId, entry);
  }

  async observe(target: LaunchTarget): Promise<RunObservation> {
    return this.processes.get(target.runId)?.result ?? { state: 'not_found' };
  }

  async cancel(target: LaunchTarget): Promise<void> {
    const entry = this.processes.get(target.runId);
    if (!entry) return;
    clearTimeout(entry.timer);
    if (entry.result.state === 'running') {
      entry.result = { state: 'failed', reason: 'canceled' };
      killGroup(entry.child);
    }
  }

  release(target: LaunchTarget): void {
    const entry = this.processes.get(target.runId);
    if (entry && entry.result.state !== 'running') this.processes.delete(target.runId);
  }

  async close(): Promise<void> {
    for (const entry of this.processes.values()) {
      clearTimeout(entry.timer);
      if (entry.result.state === 'running') killGroup(entry.child);
    }
    this.processes.clear();
  }
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}
