import { type ControlPlaneHandlers, type v1 } from '../../../shared/proto/index.js';
import { getProjectTriggers } from '../../domain/triggers/get-project-triggers.js';
import { type ProjectTriggersView, type TriggersPorts } from '../../domain/triggers/ports.js';
import { setProjectTriggers } from '../../domain/triggers/set-project-triggers.js';
import { type TriggerOverrides, type TriggerPolicy } from '../../domain/triggers/trigger-policy.js';
import { unary, type HandlerDependencies } from '../handler.js';
import { staffCall } from './staff-call.js';

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

/** GetProjectTriggers, SetProjectTriggers: mapping only (unset wrappers = the platform default). */
export function triggersHandlers(
  deps: HandlerDependencies,
  ports: TriggersPorts,
): Pick<ControlPlaneHandlers, 'getProjectTriggers' | 'setProjectTriggers'> {
  return {
    getProjectTriggers: unary(deps, async (request: v1.GetProjectTriggersRequest, context) =>
      triggersMessage(
        await getProjectTriggers(ports, staffCall(request.principal, context), {
          projectId: request.projectId,
        }),
      ),
    ),
    setProjectTriggers: unary(deps, async (request: v1.SetProjectTriggersRequest, context) => {
      const triggers = request.triggers;
      return triggersMessage(
        await setProjectTriggers(ports, staffCall(request.principal, context), {
          projectId: request.projectId,
          labelPrefix: triggers?.labelPrefix?.value ?? null,
          command: triggers?.command?.value ?? null,
          events: triggers?.events ? (triggers.events.values ?? []) : null,
          trustedAssociations: triggers?.trustedAssociations
            ? (triggers.trustedAssociations.values ?? [])
            : null,
        }),
      );
    }),
  };
}
