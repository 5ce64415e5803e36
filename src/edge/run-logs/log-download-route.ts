import { type IncomingMessage, type ServerResponse } from 'node:http';
import express from 'express';
import { type v1 } from '../../shared/proto/index.js';
import { isUuid } from '../../shared/text/uuid.js';
import { type ControlPlaneClient } from '../control-plane/client.js';
import { grpcErrorToHttpStatus, grpcErrorToTrpcError } from '../control-plane/errors.js';
import { drainedOrClosed } from '../http/drain.js';
import { type StaffPrincipal, type StaffSession } from '../trpc/context.js';

export const runLogDownloadPath = '/api/v1/runs/:runId/log.txt';

/** Chunks per control-plane page (also bounded there to about 1 MiB of text). */
const pageLimit = 1000;

export interface RunLogDownloadOptions {
  controlPlane: ControlPlaneClient;
  resolveSession: (req: IncomingMessage) => Promise<StaffSession | null>;
}

function refuse(res: ServerResponse, status: number, message: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-content-type-options', 'nosniff');
  res.end(`${message}\n`);
}

async function write(res: ServerResponse, text: string): Promise<void> {
  if (!res.write(text)) await drainedOrClosed(res);
}

/**
 * The whole text of a run's log: the chunks in order, a line break added where output moves to
 * another stream in the middle of a line (as a terminal would show it).
 */
export function joinChunk(
  previous: Pick<v1.IRunLogChunk, 'stream' | 'text'> | null,
  chunk: v1.IRunLogChunk,
): string {
  const text = chunk.text ?? '';
  const breaks = previous && previous.stream !== chunk.stream && !(previous.text ?? '').endsWith('\n');
  return breaks ? `\n${text}` : text;
}

/**
 * GET /api/v1/runs/<runId>/log.txt (SPEC §12): the run's whole log as text/plain, streamed page by
 * page from the control-plane, which decides access (as runs.get) on every page. Refusals before
 * the first byte are answered with their status; a failure after it cuts the connection, so a
 * download is never silently incomplete.
 */
export function runLogDownloadRouter(options: RunLogDownloadOptions): express.Router {
  const router = express.Router();
  router.get(runLogDownloadPath, (req, res) => {
    void (async () => {
      const runId = req.params.runId;
      if (!isUuid(runId)) return refuse(res, 400, 'runId: must be a UUID');
      let principal: StaffPrincipal | undefined;
      try {
        principal = (await options.resolveSession(req))?.principal;
      } catch (error) {
        const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
        return refuse(res, grpcErrorToHttpStatus(cause), 'sign-in could not be checked');
      }
      if (!principal) return refuse(res, 401, 'sign in first');
      let cursor = '';
      let previous: v1.IRunLogChunk | null = null;
      let started = false;
      try {
        do {
          const page = await options.controlPlane.call(
            'listRunLogs',
            { principal, runId, limit: pageLimit, cursor },
            { correlationId: req.id },
          );
          if (!started) {
            started = true;
            res.statusCode = 200;
            res.setHeader('content-type', 'text/plain; charset=utf-8');
            res.setHeader('content-disposition', `attachment; filename="codex-k8s-run-${runId}.log"`);
            res.setHeader('cache-control', 'no-store');
            res.setHeader('x-content-type-options', 'nosniff');
          }
          for (const chunk of page.items ?? []) {
            await write(res, joinChunk(previous, chunk));
            previous = chunk;
          }
          cursor = page.nextCursor ?? '';
        } while (cursor !== '' && !res.destroyed);
        res.end();
      } catch (error) {
        if (started) {
          res.destroy();
          return;
        }
        const status = grpcErrorToHttpStatus(error);
        refuse(res, status, grpcErrorToTrpcError(error).message);
      }
    })();
  });
  return router;
}
