import { type ControlPlaneConfig } from '../../config.js';
import { type RunLogCaptures } from '../../domain/run-logs/run-log-captures.js';
import { type RunLauncher } from '../../domain/runs/ports.js';
import { KubernetesLauncher } from './kubernetes.js';
import { LocalLauncher } from './local.js';

/** The launcher `CODEXK8S_RUN_LAUNCHER` picks; `logs` receives what the runs print (SPEC §12). */
export function createLauncher(
  config: ControlPlaneConfig,
  logs: RunLogCaptures | null,
  onLogError?: (error: unknown, runId: string) => void,
): RunLauncher {
  if (config.CODEXK8S_RUN_LAUNCHER === 'local') {
    return new LocalLauncher({
      command: config.CODEXK8S_WORKER_JOB_COMMAND,
      timeoutMs: config.CODEXK8S_WORKER_JOB_ACTIVE_DEADLINE_SECONDS * 1000,
      logs,
      onLogError,
    });
  }
  // Outside a cluster, in-cluster config would only fail later, run by run, as launch errors: stop now instead.
  if (!config.CODEXK8S_KUBECONFIG && !process.env.KUBERNETES_SERVICE_HOST) {
    throw new Error(
      'CODEXK8S_RUN_LAUNCHER=kubernetes needs CODEXK8S_KUBECONFIG or an in-cluster service account (KUBERNETES_SERVICE_HOST is not set); set CODEXK8S_RUN_LAUNCHER=local to run runs on this machine',
    );
  }
  return new KubernetesLauncher({
    kubeconfigPath: config.CODEXK8S_KUBECONFIG,
    namespace: config.CODEXK8S_WORKER_K8S_NAMESPACE,
    image: config.CODEXK8S_WORKER_JOB_IMAGE,
    command: config.CODEXK8S_WORKER_JOB_COMMAND,
    backoffLimit: config.CODEXK8S_WORKER_JOB_BACKOFF_LIMIT,
    activeDeadlineSeconds: config.CODEXK8S_WORKER_JOB_ACTIVE_DEADLINE_SECONDS,
    ttlSecondsAfterFinished: config.CODEXK8S_WORKER_JOB_TTL_SECONDS,
    logs,
    onLogError,
  });
}
