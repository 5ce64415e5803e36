import { ApiException, BatchV1Api, CoreV1Api, KubeConfig, Log, type V1Job } from '@kubernetes/client-node';
import { type RunLogCaptures } from '../../domain/run-logs/run-log-captures.js';
import { type LaunchTarget, type RunLauncher, type RunObservation } from '../../domain/runs/ports.js';
import { PodLogFollower } from './pod-log-follower.js';

export interface KubernetesJobSettings {
  namespace: string;
  image: string;
  command: string;
  backoffLimit: number;
  activeDeadlineSeconds: number;
  ttlSecondsAfterFinished: number;
}

export interface KubernetesLauncherOptions extends KubernetesJobSettings {
  /** Path of a kubeconfig file; empty = the in-cluster service account. */
  kubeconfigPath: string;
  /** Where the pods' logs go (SPEC §12); null: not captured. */
  logs: RunLogCaptures | null;
  onLogError?: (error: unknown, runId: string) => void;
}

export const runIdLabel = 'codexk8s.io/run-id';
export const projectIdLabel = 'codexk8s.io/project-id';
export const correlationIdAnnotation = 'codexk8s.io/correlation-id';
/** The run's container (its log is the run's log). */
export const runContainerName = 'run';

/** Follower timings: how often a missing pod is looked for again, and how long a finished pod's log may take. */
const followerRetryMs = 1_000;
const followerDrainTimeoutMs = 10_000;
const followerIdleReconnectMs = 60_000;

/** The Job of one run, exactly as SPEC §7 describes it. */
export function buildRunJob(target: LaunchTarget, settings: KubernetesJobSettings): V1Job {
  const labels = {
    [runIdLabel]: target.runId,
    [projectIdLabel]: target.projectId,
    'app.kubernetes.io/managed-by': 'codex-k8s',
  };
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: {
      name: target.jobName,
      namespace: settings.namespace,
      labels,
      annotations: { [correlationIdAnnotation]: target.correlationId },
    },
    spec: {
      backoffLimit: settings.backoffLimit,
      activeDeadlineSeconds: settings.activeDeadlineSeconds,
      ttlSecondsAfterFinished: settings.ttlSecondsAfterFinished,
      template: {
        metadata: { labels, annotations: { [correlationIdAnnotation]: target.correlationId } },
        spec: {
          restartPolicy: 'Never',
          containers: [
            {
              name: runContainerName,
              image: settings.image,
              command: ['sh', '-c', settings.command],
              env: [
                { name: 'CODEXK8S_RUN_ID', value: target.runId },
                { name: 'CODEXK8S_CORRELATION_ID', value: target.correlationId },
                { name: 'CODEXK8S_PROJECT_ID', value: target.projectId },
                { name: 'CODEXK8S_JOB_NAME', value: target.jobName },
              ],
            },
          ],
        },
      },
    },
  };
}

function statusCode(error: unknown): number | undefined {
  return error instanceof ApiException ? error.code : undefined;
}

/** The status of a run from its Job's conditions (Complete / Failed, each when status "True"). */
export function observeJob(job: V1Job): RunObservation {
  const conditions = job.status?.conditions ?? [];
  const holds = (type: string) =>
    conditions.find((condition) => condition.type === type && condition.status === 'True');
  const failed = holds('Failed');
  if (failed)
    return {
      state: 'failed',
      reason: [failed.reason, failed.message].filter(Boolean).join(': ') || 'job failed',
    };
  if (holds('Complete')) return { state: 'succeeded' };
  return { state: 'running' };
}

/**
 * One Job per run in `CODEXK8S_WORKER_K8S_NAMESPACE`, through @kubernetes/client-node. Each run
 * this replica reconciles has a follower reading its pod's log into the run's log; a run adopted
 * from another replica (or from before a restart) gets one on its first reconcile, resuming where
 * the stored log stands. A finished Job is reported only once its log is read to the end.
 */
export class KubernetesLauncher implements RunLauncher {
  readonly kind = 'kubernetes';
  private readonly batch: BatchV1Api;
  private readonly core: CoreV1Api;
  private readonly log: Log;
  /** The follower of each run this replica reconciles (a promise while its log opens). */
  private readonly followers = new Map<string, PodLogFollower | Promise<PodLogFollower | null>>();
  /** Every follower still reading, released runs' included (they drain on their own). */
  private readonly running = new Set<PodLogFollower>();
  private closed = false;

  constructor(private readonly options: KubernetesLauncherOptions) {
    const kubeConfig = new KubeConfig();
    if (options.kubeconfigPath) kubeConfig.loadFromFile(options.kubeconfigPath);
    else kubeConfig.loadFromCluster();
    this.batch = kubeConfig.makeApiClient(BatchV1Api);
    this.core = kubeConfig.makeApiClient(CoreV1Api);
    this.log = new Log(kubeConfig);
  }

  async launch(target: LaunchTarget): Promise<void> {
    try {
      await this.batch.createNamespacedJob({
        namespace: this.options.namespace,
        body: buildRunJob(target, this.options),
      });
    } catch (error) {
      // The deterministic name makes a retried launch (or another replica's) find the Job already there.
      if (statusCode(error) !== 409) throw error;
    }
    this.follow(target);
  }

  async observe(target: LaunchTarget): Promise<RunObservation> {
    let observation: RunObservation;
    try {
      observation = observeJob(
        await this.batch.readNamespacedJob({ name: target.jobName, namespace: this.options.namespace }),
      );
    } catch (error) {
      if (statusCode(error) !== 404) throw error;
      observation = { state: 'not_found' };
    }
    const follower = this.follow(target);
    if (observation.state === 'running' || !this.options.logs) return observation;
    // The Job is over: report it once its log is read to the end (the follower needs a moment).
    if (!follower) return { state: 'running' };
    follower.jobEnded();
    return follower.finished ? observation : { state: 'running' };
  }

  async cancel(target: LaunchTarget): Promise<void> {
    try {
      // Background propagation also removes the Job's pods.
      await this.batch.deleteNamespacedJob({
        name: target.jobName,
        namespace: this.options.namespace,
        propagationPolicy: 'Background',
      });
    } catch (error) {
      if (statusCode(error) !== 404) throw error;
    }
    const follower = this.followers.get(target.runId);
    if (follower instanceof PodLogFollower) follower.jobEnded();
  }

  release(target: LaunchTarget): void {
    const follower = this.followers.get(target.runId);
    this.followers.delete(target.runId);
    // Settled: what the pod still prints is read within the drain timeout, then the log closes.
    if (follower instanceof PodLogFollower) follower.jobEnded();
    else if (follower) void follower.then((opened) => opened?.jobEnded());
    else
      void this.options.logs
        ?.abandon(target.runId, '[log capture ended: the run finished before its pod log could be read]')
        .catch((error: unknown) => this.options.onLogError?.(error, target.runId));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.followers.values());
    this.followers.clear();
    await Promise.all([...this.running].map((follower) => follower.stop()));
  }

  /** This replica's follower of the run's pod log, started when there is none; null while it opens. */
  private follow(target: LaunchTarget): PodLogFollower | null {
    const existing = this.followers.get(target.runId);
    if (existing instanceof PodLogFollower) return existing;
    if (existing || !this.options.logs || this.closed) return null;
    const opening = this.options.logs
      .open(target.runId)
      .then((writer) => {
        const follower = new PodLogFollower({
          core: this.core,
          log: this.log,
          namespace: this.options.namespace,
          jobName: target.jobName,
          container: runContainerName,
          writer,
          retryMs: followerRetryMs,
          drainTimeoutMs: followerDrainTimeoutMs,
          idleReconnectMs: followerIdleReconnectMs,
          onError: (error) => this.options.onLogError?.(error, target.runId),
        });
        this.running.add(follower);
        void follower.done.finally(() => this.running.delete(follower));
        if (this.followers.get(target.runId) === opening) this.followers.set(target.runId, follower);
        if (this.closed) void follower.stop();
        return follower;
      })
      .catch((error: unknown) => {
        this.options.onLogError?.(error, target.runId);
        if (this.followers.get(target.runId) === opening) this.followers.delete(target.runId);
        return null;
      });
    this.followers.set(target.runId, opening);
    return null;
  }
}
