import { StringDecoder } from 'node:string_decoder';
import { Writable } from 'node:stream';
import { type CoreV1Api, type Log, type V1Pod } from '@kubernetes/client-node';
import { type RunLogWriter } from '../../domain/run-logs/run-log-writer.js';
import {
  decodeCursor,
  encodeCursor,
  parseLogTimestamp,
  ResumeFilter,
  sinceTimeOf,
  type PodLogCursor,
} from './pod-log-cursor.js';

export interface PodLogFollowerOptions {
  core: Pick<CoreV1Api, 'listNamespacedPod'>;
  log: Pick<Log, 'log'>;
  namespace: string;
  jobName: string;
  container: string;
  writer: RunLogWriter;
  /** Wait before looking again for a pod that is not there or not started, or after a failed read. */
  retryMs: number;
  /**
   * After the Job finished, how long a following connection may stay open before it is cut and the
   * rest read without `follow` (a connection the network dropped silently would otherwise hang).
   */
  drainTimeoutMs: number;
  /**
   * A following connection that brought nothing for this long is replaced by a new one (from the
   * cursor, so nothing repeats): a connection dropped without a word would otherwise stay silent.
   */
  idleReconnectMs: number;
  onError?: (error: unknown) => void;
}

const terminalPhases = new Set(['Succeeded', 'Failed']);

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * Follows the log of a run's pod into its log writer (SPEC §12): `follow` and `timestamps` on, and
 * after any interruption (a dropped connection, a restarted control-plane) `sinceTime` from where
 * the stored log stands, skipping the lines it already has. Ends once the pod has terminated and
 * its log was read to the end, or the pod is gone, or the writer is full or finished, then closes
 * the log. Kubernetes merges a container's stdout and stderr into one log: lines are stored as stdout.
 */
export class PodLogFollower {
  private readonly stopping = new AbortController();
  private jobFinished = false;
  private currentRequest: AbortController | null = null;
  private drainTimer: NodeJS.Timeout | null = null;
  private cursor: PodLogCursor | null;
  /** Resolves when the follower ended and the log is closed. */
  readonly done: Promise<void>;

  constructor(private readonly options: PodLogFollowerOptions) {
    this.cursor = decodeCursor(options.writer.sourceCursor);
    options.writer.onTruncated(() => this.currentRequest?.abort());
    this.done = this.run();
  }

  /** True once the log is read to its end and closed. */
  get finished(): boolean {
    return this.options.writer.finished;
  }

  /**
   * The Job reached a final state: its pod's log only has to be read to the end now. A following
   * connection still open after the drain timeout is cut; the rest is read without `follow`.
   */
  jobEnded(): void {
    if (this.jobFinished) return;
    this.jobFinished = true;
    this.drainTimer = setTimeout(() => this.currentRequest?.abort(), this.options.drainTimeoutMs);
    this.drainTimer.unref();
  }

  /** Stops following (shutdown, or the run went elsewhere) and stores what was read; the log stays open. */
  async stop(): Promise<void> {
    this.stopping.abort();
    this.currentRequest?.abort();
    await this.done;
  }

  private async run(): Promise<void> {
    const { writer, retryMs } = this.options;
    const signal = this.stopping.signal;
    try {
      while (!signal.aborted && !writer.finished && !writer.truncated) {
        let pod: V1Pod | null;
        try {
          pod = await this.findPod();
        } catch (error) {
          this.options.onError?.(error);
          await sleep(retryMs, signal);
          continue;
        }
        if (!pod?.metadata?.name) {
          // No pod yet (the Job controller creates it), or none any more (the Job was deleted).
          if (this.jobFinished) break;
          await sleep(retryMs, signal);
          continue;
        }
        const phase = pod.status?.phase ?? 'Pending';
        if (phase === 'Pending' || phase === 'Unknown') {
          if (this.jobFinished && phase === 'Pending') break;
          await sleep(retryMs, signal);
          continue;
        }
        const terminated = terminalPhases.has(phase);
        const follow = !terminated && !this.jobFinished;
        try {
          await this.read(pod.metadata.name, follow);
        } catch (error) {
          this.options.onError?.(error);
          await sleep(retryMs, signal);
          continue;
        }
        // A log read without `follow` from a terminated pod has everything: the capture is complete.
        if (!follow && (terminated || this.jobFinished)) break;
        // A following read ended: the container stopped (the pod's phase follows shortly) or the
        // connection was cut; look again after a moment rather than spinning on the API.
        await sleep(Math.min(retryMs, 250), signal);
      }
    } finally {
      if (this.drainTimer) clearTimeout(this.drainTimer);
    }
    // Stopped for shutdown or a lost lease: store what was read and leave the log open for the next owner.
    if (signal.aborted) await writer.drained();
    else await writer.close();
  }

  private async findPod(): Promise<V1Pod | null> {
    const list = await this.options.core.listNamespacedPod({
      namespace: this.options.namespace,
      labelSelector: `job-name=${this.options.jobName}`,
    });
    // The newest pod: with backoffLimit 0 there is one; a retried Job's latest attempt is the one running.
    const pods = [...list.items].sort((a, b) =>
      String(a.metadata?.creationTimestamp ?? '').localeCompare(String(b.metadata?.creationTimestamp ?? '')),
    );
    return pods[pods.length - 1] ?? null;
  }

  /** One connection to the pod's log; resolves when it ended (or was cut). */
  private async read(podName: string, follow: boolean): Promise<void> {
    const { writer, namespace, container } = this.options;
    const filter = new ResumeFilter(this.cursor);
    const decoder = new StringDecoder('utf8');
    let partial = '';
    const takeLine = (line: string) => {
      const space = line.indexOf(' ');
      const nanos = space > 0 ? parseLogTimestamp(line.slice(0, space)) : null;
      if (nanos === null || !filter.take(nanos)) return true;
      this.cursor = filter.cursor;
      const cursor = this.cursor ? encodeCursor(this.cursor) : undefined;
      return writer.write(
        'stdout',
        `${line.slice(space + 1)}\n`,
        new Date(Number(nanos / 1_000_000n)),
        cursor,
      );
    };
    let ended!: () => void;
    const finished = new Promise<void>((resolve) => (ended = resolve));
    let idle: NodeJS.Timeout | null = null;
    const watchIdle = () => {
      if (!follow) return;
      if (idle) clearTimeout(idle);
      idle = setTimeout(() => this.currentRequest?.abort(), this.options.idleReconnectMs);
      idle.unref();
    };
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, callback) => {
        watchIdle();
        const lines = (partial + decoder.write(chunk)).split('\n');
        partial = lines.pop() ?? '';
        let accepted = true;
        for (const line of lines) accepted = takeLine(line) && accepted;
        if (accepted) callback();
        else void writer.drained().then(() => callback());
      },
      final: (callback) => {
        partial += decoder.end();
        if (partial.length > 0) takeLine(partial);
        partial = '';
        callback();
      },
    });
    sink.once('finish', () => ended());
    sink.once('error', () => ended());
    const request = await this.options.log.log(namespace, podName, container, sink, {
      follow,
      timestamps: true,
      ...(this.cursor ? { sinceTime: sinceTimeOf(this.cursor) } : {}),
    });
    this.currentRequest = request;
    const cut = () => ended();
    request.signal.addEventListener('abort', cut, { once: true });
    if (this.stopping.signal.aborted || writer.truncated) request.abort();
    watchIdle();
    try {
      await finished;
    } finally {
      if (idle) clearTimeout(idle);
      request.signal.removeEventListener('abort', cut);
      this.currentRequest = null;
    }
  }
}
