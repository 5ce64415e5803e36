import { spawn, type ChildProcess } from 'node:child_process';
import { finished } from 'node:stream/promises';
import { type RunLogCaptures } from '../../domain/run-logs/run-log-captures.js';
import { type LaunchTarget, type RunLauncher, type RunObservation } from '../../domain/runs/ports.js';

export interface LocalLauncherOptions {
  command: string;
  /** Like the Job's activeDeadlineSeconds: past it the process is killed and the run fails. */
  timeoutMs: number;
  /** Where the children's output goes (SPEC §12); null: discarded. */
  logs: RunLogCaptures | null;
  onLogError?: (error: unknown, runId: string) => void;
}

interface LocalProcess {
  child: ChildProcess;
  /** What observe reports: `running` until the process ended and its output is stored. */
  result: RunObservation;
  /** Set when the deadline killed the process (the exit then reports this instead). */
  deadlineReason: string | null;
  timer: NodeJS.Timeout;
  /** Resolves when the output is stored and the log closed. */
  captured: Promise<void>;
  /** A last system line for the log, when the platform ended the process. */
  note: string | undefined;
}

/** On shutdown, how long the children's last output may take to be stored. */
const closeTimeoutMs = 5_000;

const restartedNote =
  '[log capture ended: the control-plane running this process restarted, so the rest of its output was not captured]';
const stoppedNote = '[log capture ended: the control-plane stopped and killed this process]';

/**
 * Runs `sh -c <command>` on this machine (what `npm start` uses). Processes are tracked in memory
 * only: after a restart an unknown run is `not_found`, which fails it as job_not_found, and its log
 * is closed with a line saying why (the new control-plane cannot reattach to the old one's pipes).
 * The child gets a minimal environment (never the control-plane's secrets) plus the run's ids; its
 * stdout and stderr are piped into the run's log. A run is reported finished once the process
 * and whatever it left running in its process group have ended and the output is stored.
 */
export class LocalLauncher implements RunLauncher {
  readonly kind = 'local';
  private readonly processes = new Map<string, LocalProcess>();
  /** Captures still storing output, released runs' included (shutdown waits for them). */
  private readonly capturing = new Set<Promise<void>>();

  constructor(private readonly options: LocalLauncherOptions) {}

  async launch(target: LaunchTarget): Promise<void> {
    if (this.processes.has(target.runId)) return;
    const writer = this.options.logs ? await this.options.logs.open(target.runId) : null;
    const child = spawn('sh', ['-c', this.options.command], {
      // Own process group, so cancel and timeout kill the whole command, not only the shell.
      detached: true,
      stdio: ['ignore', writer ? 'pipe' : 'ignore', writer ? 'pipe' : 'ignore'],
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
    try {
      await new Promise<void>((resolve, reject) => {
        child.once('spawn', resolve);
        child.once('error', reject);
      });
    } catch (error) {
      await writer?.close(`[the run's process could not be started: ${String(error)}]`);
      throw error;
    }
    const outputs = writer
      ? (['stdout', 'stderr'] as const).map((stream) => {
          const sink = writer.writable(stream);
          child[stream]?.pipe(sink);
          return finished(sink);
        })
      : [];
    const exited = new Promise<RunObservation>((resolve) =>
      child.once('exit', (code, signal) => {
        clearTimeout(entry.timer);
        // Whatever the command left running in its group ends with it, as a pod's processes do.
        killGroup(child, true);
        resolve(
          entry.deadlineReason !== null
            ? { state: 'failed', reason: entry.deadlineReason }
            : code === 0
              ? { state: 'succeeded' }
              : { state: 'failed', reason: code !== null ? `exit code ${code}` : `killed by ${signal}` },
        );
      }),
    );
    const entry: LocalProcess = {
      child,
      result: { state: 'running' },
      deadlineReason: null,
      timer: setTimeout(() => {
        entry.deadlineReason = `deadline exceeded after ${Math.round(this.options.timeoutMs / 1000)}s`;
        killGroup(child);
      }, this.options.timeoutMs),
      captured: Promise.resolve(),
      note: undefined,
    };
    entry.timer.unref();
    entry.captured = (async () => {
      const outcome = await exited;
      if (writer) {
        await Promise.allSettled(outputs);
        await writer.close(entry.note);
      }
      if (entry.result.state === 'running') entry.result = outcome;
    })().catch((error: unknown) => this.options.onLogError?.(error, target.runId));
    this.capturing.add(entry.captured);
    void entry.captured.finally(() => this.capturing.delete(entry.captured));
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
    if (entry) {
      if (entry.result.state !== 'running') this.processes.delete(target.runId);
      return;
    }
    // Settled without a process of ours: it belonged to an earlier control-plane.
    void this.options.logs
      ?.abandon(target.runId, restartedNote)
      .catch((error: unknown) => this.options.onLogError?.(error, target.runId));
  }

  async close(): Promise<void> {
    for (const entry of this.processes.values()) {
      clearTimeout(entry.timer);
      if (entry.result.state === 'running') {
        entry.note = stoppedNote;
        killGroup(entry.child);
      }
    }
    this.processes.clear();
    const captures = Promise.allSettled([...this.capturing]);
    await Promise.race([captures, new Promise((resolve) => setTimeout(resolve, closeTimeoutMs).unref())]);
  }
}

/** SIGKILL to the child's process group; `evenAfterExit` reaches what the shell left behind. */
function killGroup(child: ChildProcess, evenAfterExit = false): void {
  if (child.pid === undefined) return;
  if (!evenAfterExit && (child.exitCode !== null || child.signalCode !== null)) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    if (!evenAfterExit) child.kill('SIGKILL');
  }
}
