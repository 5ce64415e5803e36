import { ApiException, BatchV1Api, KubeConfig, type V1Job } from '@kubernetes/client-node';
import {
  type LaunchTarget,
  type RunLauncher,
  type RunObservation,
} from '../../domain/runs-lifecycle/ports.js';

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
}

export const runIdLabel = 'codexk8s.io/run-id';
export const projectIdLabel = 'codexk8s.io/project-id';
export const correlationIdAnnotation = 'codexk8s.io/correlation-id';

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
              name: 'run',
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

/** One Job per run in `CODEXK8S_WORKER_K8S_NAMESPACE`, through @kubernetes/client-node. */
export class KubernetesLauncher implements RunLauncher {
  readonly kind = 'kubernetes';
  private readonly batch: BatchV1Api;

  constructor(private readonly options: KubernetesLauncherOptions) {
    const kubeConfig = new KubeConfig();
    if (options.kubeconfigPath) kubeConfig.loadFromFile(options.kubeconfigPath);
    else kubeConfig.loadFromCluster();
    this.batch = kubeConfig.makeApiClient(BatchV1Api);
  }

  async launch(target: LaunchTarget): Promise<void> {
    try {
      await this.batch.createNamespacedJob({
        namespace: this.options.namespace,
        body: buildRunJob(target, this.options),
      });
    } catch (error) {
      // The deterministic name makes a retried launch (or another replica's) find the Job already there.
      if (statusCode(error) === 409) return;
      throw error;
    }
  }

  async observe(target: LaunchTarget): Promise<RunObservation> {
    try {
      return observeJob(
        await this.batch.readNamespacedJob({ name: target.jobName, namespace: this.options.namespace }),
      );
    } catch (error) {
      if (statusCode(error) === 404) return { state: 'not_found' };
      throw error;
    }
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
      if (statusCode(error) === 404) return;
      throw error;
    }
  }

  release(): void {}

  async close(): Promise<void> {}
}
