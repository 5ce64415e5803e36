import { requireActor, requireExistingProject, requireProjectAdmin } from '../access/policy.js';
import { because, notFound } from '../errors.js';
import { type StaffCall } from '../staff-call/staff-call.js';
import { type ProjectTriggersView, type TriggersPorts } from './ports.js';
import { triggerOverridesFromSettings } from './trigger-settings.js';
import { effectiveTriggerPolicy, type TriggerPolicy } from './trigger-policy.js';

/** The answer of projects.triggers.get/set: the policy in force, the project's own choices, the defaults. */
export function projectTriggersView(
  projectId: string,
  stored: unknown,
  defaults: TriggerPolicy,
): ProjectTriggersView {
  const project = triggerOverridesFromSettings(stored);
  return { projectId, effective: effectiveTriggerPolicy(defaults, project), project, defaults };
}

/** projects.triggers.get (SPEC §11): platform admins and the project's admins. */
export async function getProjectTriggers(
  deps: Pick<TriggersPorts, 'directory' | 'triggers' | 'platformDefaults'>,
  call: StaffCall,
  input: { projectId: string },
): Promise<ProjectTriggersView> {
  const actor = await requireActor(deps.directory, call.actorUserId);
  const projectId = await requireExistingProject(deps.directory, input.projectId);
  await requireProjectAdmin(deps.directory, actor, projectId);
  const settings = await deps.triggers.readTriggerSettings(projectId);
  if (!settings) throw notFound('project not found', because('project_not_found'));
  return projectTriggersView(projectId, settings.stored, deps.platformDefaults);
}
