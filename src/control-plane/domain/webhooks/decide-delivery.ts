import { reportTargetOf } from '../github-reports/report-target.js';
import { matchTrigger } from '../triggers/match-trigger.js';
import { senderIsTrusted } from '../triggers/sender-trust.js';
import { type ParsedDelivery } from './delivery.js';
import { type IngestContextIndex, type IngestDefaults } from './ingest-context.js';
import { learningModeFor } from './learning-mode.js';
import { type RecordDecision } from './ports.js';
import { runPayloadHead } from './run-payload.js';

/** The command instruction that reruns the latest run of the issue or pull request (SPEC §13). */
export const retryInstruction = 'retry';

/** The rules of ingest for one delivery: its project, and whether (and how) it starts a run. */
export interface DeliveryDecision {
  projectId: string | null;
  decision: RecordDecision;
}

/**
 * SPEC §4 and §11, in order: a ping is ignored; the repository's binding gives the project (none
 * when unbound: the platform's trigger policy applies); a delivery matching no trigger is ignored
 * (`no_trigger`), one from an untrusted sender too (`untrusted_sender`); otherwise it starts a run
 * whose learning mode is the sender's member override, else the project's default, else the
 * platform's.
 */
export function decideDelivery(
  delivery: ParsedDelivery,
  context: IngestContextIndex,
  defaults: IngestDefaults,
): DeliveryDecision {
  const { summary, facts } = delivery;
  const repository = context.repository(summary.repository?.id);
  const projectId = repository?.projectId ?? null;
  const ignored = (reason: 'ping' | 'no_trigger' | 'untrusted_sender'): DeliveryDecision => ({
    projectId,
    decision: { outcome: 'ignored', reason },
  });
  if (delivery.eventType === 'ping') return ignored('ping');

  const trigger = matchTrigger(context.policy(repository), {
    event: delivery.eventType,
    action: summary.action ?? null,
    hasRepository: summary.repository != null,
    labelName: facts.labelName,
    body: facts.body,
  });
  if (!trigger) return ignored('no_trigger');

  const login = summary.sender?.login;
  const sender = repository ? context.sender(repository.projectId, login) : null;
  const trusted = senderIsTrusted(trigger.kind, context.policy(repository).trustedAssociations, {
    association: facts.association,
    memberRoles: sender?.roles ?? [],
  });
  if (!trusted) return ignored('untrusted_sender');

  // SPEC §13: `/codex retry` on an issue or pull request reruns its latest run.
  const subject = facts.subject;
  const fullName = summary.repository?.full_name;
  if (
    trigger.kind === 'command' &&
    trigger.instruction === retryInstruction &&
    (subject.kind === 'issue' || subject.kind === 'pull_request') &&
    subject.number !== null &&
    typeof fullName === 'string'
  )
    return {
      projectId,
      decision: { outcome: 'retry', repositoryFullName: fullName, number: subject.number },
    };

  const learningMode = learningModeFor(
    sender?.learningModeOverride ?? null,
    repository ? context.projectLearningModeDefault(repository) : null,
    defaults.learningModeDefault,
  );
  const runPayload = runPayloadHead(delivery, { repository, learningMode, trigger });
  return {
    projectId,
    decision: {
      outcome: 'run',
      learningMode,
      runPayload,
      rawJson: delivery.rawJson,
      reports: reportTargetOf(runPayload) !== null,
    },
  };
}
