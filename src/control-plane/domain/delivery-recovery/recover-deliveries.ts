import { requireActor, requireExistingProject, requireProjectAdmin } from '../access/policy.js';
import { conflict, failedPrecondition, notFound, unavailable } from '../errors.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { requireUuid } from '../staff-call/validation.js';
import { type DeliveryRecoveryPorts } from './ports.js';
import { walkDeliveryLog } from './walk-delivery-log.js';

export interface RecoverDeliveriesInput {
  projectId: string;
  repositoryId: string;
}

/**
 * repositories.recoverDeliveries (SPEC §14): platform admins and project admins walk one
 * repository's delivery log now. Answers what was checked and recovered; a walk GitHub refused is
 * recorded like a scheduled one (the console shows it) and answered as a refusal naming why.
 */
export async function recoverDeliveries(
  deps: Pick<DeliveryRecoveryPorts, 'directory' | 'repositories' | 'audit' | 'transactor'> &
    Parameters<typeof walkDeliveryLog>[0],
  call: StaffCall,
  input: RecoverDeliveriesInput,
  walker: string,
): Promise<{ checked: number; recovered: number }> {
  const actor = await requireActor(deps.directory, call.actorUserId);
  const projectId = await requireExistingProject(deps.directory, input.projectId);
  await requireProjectAdmin(deps.directory, actor, projectId);
  const repository = await deps.repositories.findInProject(
    projectId,
    requireUuid('repositoryId', input.repositoryId),
  );
  if (!repository) throw notFound('repository not found in this project');
  if (repository.provider !== 'github')
    throw failedPrecondition('repository: only GitHub repositories have a delivery log');

  const walk = await walkDeliveryLog(deps, { repositoryId: repository.id, owner: walker });
  if (walk.kind === 'missing') throw notFound('repository not found in this project');
  if (walk.kind === 'stopped') throw unavailable('the control-plane is shutting down; try again shortly');
  if (walk.kind === 'busy' || walk.kind === 'recent')
    throw conflict('repository: its delivery log is being walked right now; try again shortly');
  // A precondition rather than `unavailable`, whose message the edge replaces: staff should see until when.
  if (walk.kind === 'backoff')
    throw failedPrecondition(
      `GitHub's rate limit holds walks of this repository until ${walk.until.toISOString()}`,
    );

  await deps.audit.append({
    actorUserId: actor.userId,
    requestId: call.requestId,
    eventType: 'repository.deliveries_recovered',
    resource: 'repository',
    resourceId: repository.id,
    payload: {
      project_id: projectId,
      repository_id: repository.id,
      full_name: `${repository.owner}/${repository.name}`,
      status: walk.status,
      checked: walk.checked,
      recovered: walk.recovered,
    },
  });
  switch (walk.status) {
    case 'ok':
      return { checked: walk.checked, recovered: walk.recovered };
    case 'unauthorized':
    case 'hook_missing':
    case 'rate_limited':
      throw failedPrecondition(`repository: ${walk.error ?? walk.status}`);
    case 'failed':
      throw unavailable(walk.error ?? `GitHub's delivery log could not be read (${walk.status})`);
  }
}
