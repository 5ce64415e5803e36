import { type RunStatus } from '../../../shared/contract/run-status.js';
import { type RunFacts } from './ports.js';

/** Flow event types of the run lifecycle (SPEC §7); names are part of the contract. */
export const runEventTypes = {
  started: 'run.started',
  succeeded: 'run.succeeded',
  failed: 'run.failed',
  jobNotFound: 'run.failed.job_not_found',
  launchError: 'run.failed.launch_error',
  canceled: 'run.canceled',
} as const;

/** The system actor id of everything the dispatcher records. */
export const dispatcherActorId = 'run-dispatcher';

export function jobNameFor(runId: string): string {
  return `codex-k8s-run-${runId}`;
}

/**
 * The `inline` learning-feedback entry of a learning-mode run: explains, in plain words, what the
 * platform did with the delivery and how it ended, so a learner can follow the run from its page.
 */
export function explainRun(
  facts: RunFacts,
  outcome: { status: RunStatus; eventType: string; reason?: string },
): string {
  const source = [facts.eventType || 'webhook', facts.action].filter(Boolean).join('/');
  const repository = facts.repositoryFullName || 'an unbound repository';
  const parts = [
    `Learning mode: this run was created from a GitHub "${source}" delivery for ${repository}.`,
    facts.slotNo !== null
      ? `The dispatcher leased slot ${facts.slotNo} of the project (slots cap how many runs of one project execute at once) and launched ${facts.jobName ?? 'its job'}.`
      : 'It never got a slot, so no job was launched.',
  ];
  switch (outcome.eventType) {
    case runEventTypes.succeeded:
      parts.push(
        'The job exited successfully, so the run is "succeeded" and its slot was freed for the next pending run.',
      );
      break;
    case runEventTypes.jobNotFound:
      parts.push(
        'The job disappeared before reporting a result (deleted, or its launcher restarted), so the run is "failed" (job_not_found).',
      );
      break;
    case runEventTypes.launchError:
      parts.push(
        `The job could not be started${outcome.reason ? ` (${outcome.reason})` : ''}, so the run is "failed" (launch_error).`,
      );
      break;
    case runEventTypes.canceled:
      parts.push('A staff member canceled the run; its job was stopped and the slot freed.');
      break;
    default:
      parts.push(
        `The job failed${outcome.reason ? ` (${outcome.reason})` : ''}, so the run is "${outcome.status}".`,
      );
  }
  return parts.join(' ');
}
