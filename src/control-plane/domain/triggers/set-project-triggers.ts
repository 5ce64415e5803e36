import { requireActor, requireExistingProject, requireProjectAdmin } from '../access/policy.js';
import { because, notFound } from '../errors.js';
import { withAudit } from '../staff-call/audit.js';
import { type StaffCall } from '../staff-call/staff-call.js';
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
 * follows the platform default. Platform admins and the project's admins; audited with what the
 * project had before.
 */
export async function setProjectTriggers(
  deps: TriggersPorts,
  call: StaffCall,
  input: SetProjectTriggersInput,
): Promise<ProjectTriggersView> {
  const actor = await requireActor(deps.directory, call.actorUserId);
  const projectId = await requireExistingProject(deps.directory, input.projectId);
  await requireProjectAdmin(deps.directory, actor, projectId);
  const after = storedTriggerSettings(checkedTriggerOverrides(input));
  await withAudit(
    deps,
    call,
    actor,
    async () => {
      const current = await deps.triggers.readTriggerSettings(projectId);
      if (!current) throw notFound('project not found', because('project_not_found'));
      await deps.triggers.writeTriggerSettings(projectId, after);
      return { before: storedTriggerSettings(triggerOverridesFromSettings(current.stored)) };
    },
    (change) => ({
      eventType: 'project.triggers_set',
      resource: 'project',
      resourceId: projectId,
      payload: { project_id: projectId, before: change.before, after },
    }),
  );
  return projectTriggersView(projectId, after, deps.platformDefaults);
}
