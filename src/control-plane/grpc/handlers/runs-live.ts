import { type ControlPlaneHandlers, type v1 } from '../../../shared/proto/index.js';
import {
  cancelRun,
  openRunEventStream,
  type RunLifecycleDependencies,
} from '../../domain/runs-lifecycle/use-cases.js';
import { serverStream, unary, type HandlerDependencies } from '../handler.js';
import { flowEventMessage, runSummaryMessage } from './runs.js';

/** CancelRun and WatchRunEvents: mapping only; rules and the live feed are in domain/runs-lifecycle. */
export function runsLiveHandlers(
  deps: HandlerDependencies,
  lifecycle: RunLifecycleDependencies,
): Pick<ControlPlaneHandlers, 'cancelRun' | 'watchRunEvents'> {
  return {
    cancelRun: unary(deps, async (request: v1.CancelRunRequest) => {
      const run = await cancelRun(lifecycle, {
        userId: request.principal?.userId ?? '',
        runId: request.runId,
      });
      return { run: runSummaryMessage(run) };
    }),
    watchRunEvents: serverStream(deps, async (request: v1.WatchRunEventsRequest, write, signal) => {
      // Opening (the caller's access) is one unit of work; the live events come from the feed's own reads.
      const events = await deps.runInContext(() =>
        openRunEventStream(
          lifecycle,
          {
            userId: request.principal?.userId ?? '',
            runId: request.runId,
            afterEventId: Number(request.afterEventId),
          },
          signal,
        ),
      );
      for await (const event of events) await write(flowEventMessage(event));
    }),
  };
}
