import { type ControlPlaneConfig } from '../../config.js';
import { type RunLauncher } from '../../domain/runs-lifecycle/ports.js';
import { KubernetesLauncher } from './kubernetes.js';
import { LocalLauncher } from './local.js';

/** The launcher `CODEXK8S_RUN_LAUNCHER` picks. */
export function createLauncher(config: ControlPlaneConfig): RunLauncher {
  if (config.CODEXK8S_RUN_LAUNCHER === 'local') {
    return new LocalLauncher({
      command: config.CODEXK8S_WORKER_JOB_COMMAND,
      timeoutMs: config.CODEXK8S_WORKER_JOB_ACTIVE_DEADLINE_SECONDS * 1000,
    });
  }
  return new KubernetesLauncher({
    kubeconfigPath: config.CODEXK8S_KUBECONFIG,
    namespace: config.CODEXK8S_WORKER_K8S_NAMESPACE,
    image: config.CODEXK8S_WORKER_JOB_IMAGE,
    command: config.CODEXK8S_WORKER_JOB_COMMAND,
    backoffLimit: config.CODEXK8S_WORKER_JOB_BACKOFF_LIMIT,
    activeDeadlineSeconds: config.CODEXK8S_WORKER_JOB_ACTIVE_DEADLINE_SECONDS,
    ttlSecondsAfterFinished: config.CODEXK8S_WORKER_JOB_TTL_SECONDS,
  });
}
