import { type ControlPlaneHandlers, type v1 } from '../../../shared/proto/index.js';
import { getProjectTriggers } from '../../domain/triggers/get-project-triggers.js';
import { type ProjectTriggersView, type TriggersPorts } from '../../domain/triggers/ports.js';
import { setProjectTriggers } from '../../domain/triggers/set-project-triggers.js';
import { type TriggerOverrides, type TriggerPolicy } from '../../domain/triggers/trigger-policy.js';
import { type HandlerDependencies } from '../handler.js';
import { staffUnary } from './staff-call.js';

const policyMessage = (policy: TriggerPolicy): v1.ITriggerPolicy => ({
  labelPrefix: policy.labelPrefix,
  command: policy.command,
  events: [...policy.events],
  trustedAssociations: [...policy.trustedAssociations],
});

const overridesMessage = (overrides: TriggerOverrides): v1.ITriggerOverrides => ({
  labelPrefix: overrides.labelPrefix === undefined ? undefined : { value: overrides.labelPrefix },
  command: overrides.command === undefined ? undefined : { value: overrides.command },
  events: overrides.events === undefined ? undefined : { values: [...overrides.events] },
  trustedAssociations:
    overrides.trustedAssociations === undefined ? undefined : { values: [...overrides.trustedAssociations] },
});

const triggersMessage = (view: ProjectTriggersView): v1.ProjectTriggersResponse.$Properties => ({
  projectId: view.projectId,
  effective: policyMessage(view.effective),
  project: overridesMessage(view.project),
  defaults: policyMessage(view.defaults),
});

/** GetProjectTriggers, SetProjectTriggers: mapping only (an unset wrapper = the platform default). */
export function triggersHandlers(
  deps: HandlerDependencies,
  triggers: TriggersPorts,
): Pick<ControlPlaneHandlers, 'getProjectTriggers' | 'setProjectTriggers'> {
  return {
    getProjectTriggers: staffUnary(deps, async (call, request: v1.GetProjectTriggersRequest) =>
      triggersMessage(await getProjectTriggers(triggers, call, request)),
    ),
    setProjectTriggers: staffUnary(deps, async (call, request: v1.SetProjectTriggersRequest) => {
      const own = request.triggers;
      return triggersMessage(
        await setProjectTriggers(triggers, call, {
          projectId: request.projectId,
          labelPrefix: own?.labelPrefix?.value ?? null,
          command: own?.command?.value ?? null,
          events: own?.events ? (own.events.values ?? []) : null,
          trustedAssociations: own?.trustedAssociations ? (own.trustedAssociations.values ?? []) : null,
        }),
      );
    }),
  };
}
