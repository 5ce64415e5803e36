import express, { type NextFunction, type Request, type Response } from 'express';
import { type Logger } from 'pino';
import { toTimestamp } from '../../shared/proto/index.js';
import { type ControlPlaneClient } from '../control-plane/client.js';
import {
  grpcErrorToHttpStatus,
  isControlPlaneUnavailable,
  isGrpcServiceError,
} from '../control-plane/errors.js';
import { signatureMatches } from './signature.js';
import { type WebhookMetrics, type WebhookResult } from './metrics.js';

export const githubWebhookPath = '/api/v1/webhooks/github';

export interface GithubWebhookRouteOptions {
  controlPlane: Pick<ControlPlaneClient, 'call'>;
  /** CODEXK8S_GITHUB_WEBHOOK_SECRET, split: any one of them may have signed the delivery. */
  secrets: readonly string[];
  maxBodyBytes: number;
  /** gRPC deadline of the ingest call; past it the delivery is answered 503 (GitHub retries). */
  deadlineMs: number;
  /** Retry-After (seconds) on 503. */
  retryAfterSeconds?: number;
  metrics: WebhookMetrics;
  logger: Logger;
}

const startedAtKey = 'webhookStartedAt';
/** When the route started on this request (the histogram includes reading the body). */
function startedAtOf(res: Response): bigint {
  const value: unknown = res.locals[startedAtKey];
  return typeof value === 'bigint' ? value : process.hrtime.bigint();
}

// GitHub's delivery ids are GUIDs and event names snake_case; anything else is not GitHub.
const deliveryIdFormat = /^[A-Za-z0-9._:-]{1,128}$/;
const eventNameFormat = /^[a-z_]{1,64}$/;

/**
 * POST /api/v1/webhooks/github (SPEC §4): size, headers, signature, JSON, then IngestGitHubWebhook.
 * The body is read raw because the signature covers the exact bytes. Nothing is answered 2xx
 * unless the control-plane said it stored (or deliberately ignored) the delivery.
 */
export function githubWebhookRouter(options: GithubWebhookRouteOptions): express.Router {
  const router = express.Router();
  const retryAfter = String(options.retryAfterSeconds ?? 5);

  const finish = (
    res: Response,
    startedAt: bigint,
    result: WebhookResult,
    event: string,
    status: number,
    body: object,
  ) => {
    options.metrics.observe(result, event, Number(process.hrtime.bigint() - startedAt) / 1e9);
    // Written directly rather than through res.json: GitHub ignores the body, and express would
    // hash every answer into an ETag on the platform's hottest path.
    res.status(status).type('application/json').end(JSON.stringify(body));
  };

  router.post(
    githubWebhookPath,
    (_req: Request, res: Response, next: NextFunction) => {
      res.locals[startedAtKey] = process.hrtime.bigint();
      next();
    },
    express.raw({ type: () => true, limit: options.maxBodyBytes }),
    async (req: Request, res: Response) => {
      const startedAt = startedAtOf(res);
      const deliveryId = req.get('X-GitHub-Delivery');
      const eventType = req.get('X-GitHub-Event');
      if (!deliveryId || !deliveryIdFormat.test(deliveryId)) {
        const problem = deliveryId
          ? 'malformed header X-GitHub-Delivery'
          : 'missing header X-GitHub-Delivery';
        return finish(res, startedAt, 'missing_header', 'unknown', 400, { error: problem });
      }
      if (!eventType || !eventNameFormat.test(eventType)) {
        const problem = eventType ? 'malformed header X-GitHub-Event' : 'missing header X-GitHub-Event';
        return finish(res, startedAt, 'missing_header', 'unknown', 400, { error: problem });
      }

      const body: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const text = body.toString('utf8');
      const signature = req.get('X-Hub-Signature-256');
      if (!(await signatureMatches(options.secrets, text, signature))) {
        // An empty body cannot be checked by the library; it is never a delivery, so it is refused the same way.
        const problem = signature
          ? 'signature does not match (X-Hub-Signature-256)'
          : 'missing header X-Hub-Signature-256';
        return finish(res, startedAt, 'unauthorized', 'unknown', 401, { error: problem });
      }

      try {
        JSON.parse(text);
      } catch {
        return finish(res, startedAt, 'invalid_json', eventType, 400, { error: 'body is not valid JSON' });
      }

      try {
        const response = await options.controlPlane.call(
          'ingestGitHubWebhook',
          {
            correlationId: deliveryId,
            deliveryId,
            eventType,
            receivedAt: toTimestamp(new Date()),
            payload: body,
          },
          { correlationId: deliveryId, deadlineMs: options.deadlineMs },
        );
        if (response.status === 'ignored')
          return finish(res, startedAt, 'ignored', eventType, 200, { status: 'ignored' });
        const answer = {
          correlation_id: response.correlationId,
          run_id: response.runId,
          status: response.duplicate ? 'duplicate' : 'accepted',
          duplicate: response.duplicate,
        };
        return response.duplicate
          ? finish(res, startedAt, 'duplicate', eventType, 200, answer)
          : finish(res, startedAt, 'accepted', eventType, 202, answer);
      } catch (error) {
        if (isControlPlaneUnavailable(error)) {
          res.setHeader('Retry-After', retryAfter);
          return finish(res, startedAt, 'unavailable', eventType, 503, {
            error: 'the control-plane is unavailable, try again shortly',
          });
        }
        const status = grpcErrorToHttpStatus(error);
        if (status === 400) {
          const details = isGrpcServiceError(error) ? error.details : 'invalid delivery';
          return finish(res, startedAt, 'rejected', eventType, 400, { error: details });
        }
        options.logger.error({ err: error, correlationId: deliveryId }, 'webhook ingest failed');
        // Never a 2xx for a delivery that was not stored; other statuses are the edge's or control-plane's fault.
        return finish(res, startedAt, 'error', eventType, status >= 500 ? status : 500, {
          error: 'internal error',
        });
      }
    },
  );

  // Body-parser failures on this route: too large (413), or a body that could not be read.
  router.use(githubWebhookPath, (error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const startedAt = startedAtOf(res);
    const type = (error as { type?: unknown } | null)?.type;
    if (type === 'entity.too.large') {
      return finish(res, startedAt, 'too_large', 'unknown', 413, {
        error: `body larger than ${options.maxBodyBytes} bytes`,
      });
    }
    const status = (error as { status?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return finish(res, startedAt, 'rejected', 'unknown', status, {
        error: 'the request body could not be read',
      });
    }
    next(error);
  });

  return router;
}
