import { requireActor, requireProjectAdmin } from '../access/policy.js';
import { notFound } from '../errors.js';
import { type StaffCall } from '../staff/call.js';
import { requireUuid } from '../staff/validation.js';
import { type ProjectTriggersView, type TriggersPorts } from './ports.js';
import { triggerOverridesFromSettings } from './trigger-settings.js';
import { effectiveTriggerPolicy, type TriggerPolicy } from './trigger-policy.js';

export interface GetProjectTriggersInput {
  projectId: string;
}

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
  input: GetProjectTriggersInput,
): Promise<ProjectTriggersView> {
  const projectId = requireUuid('projectId', input.projectId);
  const actor = await requireActor(deps.directory, call.actorUserId);
  const settings = await deps.triggers.readTriggerSettings(projectId);
  if (!settings) throw notFound('project not found');
  await requireProjectAdmin(deps.directory, actor, projectId);
  return projectTriggersView(projectId, settings.stored, deps.platformDefaults);
}
