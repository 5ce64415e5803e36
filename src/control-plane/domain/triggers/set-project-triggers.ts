import { requireActor, requireProjectAdmin } from '../access/policy.js';
import { notFound } from '../errors.js';
import { type StaffCall } from '../staff/call.js';
import { requireUuid } from '../staff/validation.js';
import { projectTriggersView } from './get-project-triggers.js';
import { type ProjectTriggersView, type TriggersPorts } from './ports.js';
import {
  checkedTriggerOverrides,
  storedTriggerSettings,
  triggerOverridesFromSettings,
  type TriggerOverridesInput,
} from './trigger-settings.js';

export interface SetProjectTriggersInput extends TriggerOverridesInput {
  projectId: string;
}

/**
 * projects.triggers.set (SPEC §11): replaces the project's own trigger choices; a field not given
 * follows the platform default. Platform admins and the project's admins; audited.
 */
export async function setProjectTriggers(
  deps: TriggersPorts,
  call: StaffCall,
  input: SetProjectTriggersInput,
): Promise<ProjectTriggersView> {
  const projectId = requireUuid('projectId', input.projectId);
  const actor = await requireActor(deps.directory, call.actorUserId);
  return deps.transactor.inTransaction(async () => {
    const before = await deps.triggers.readTriggerSettings(projectId);
    if (!before) throw notFound('project not found');
    await requireProjectAdmin(deps.directory, actor, projectId);
    const overrides = checkedTriggerOverrides(input);
    const stored = storedTriggerSettings(overrides);
    await deps.triggers.writeTriggerSettings(projectId, stored);
    await deps.audit.append({
      actorUserId: actor.userId,
      eventType: 'project.triggers_set',
      resource: 'project',
      resourceId: projectId,
      requestId: call.requestId,
      payload: {
        project_id: projectId,
        before: storedTriggerSettings(triggerOverridesFromSettings(before.stored)),
        after: stored,
      },
    });
    return projectTriggersView(projectId, stored, deps.platformDefaults);
  });
}
