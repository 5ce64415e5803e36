import { isUtf8 } from 'node:buffer';
import { type IncomingMessage, type ServerResponse } from 'node:http';
import express from 'express';
import { type Logger } from 'pino';
import { githubWebhookPath } from '../../shared/contract/public-paths.js';
import { toTimestamp } from '../../shared/proto/index.js';
import { type ControlPlaneClient } from '../control-plane/client.js';
import {
  grpcErrorToHttpStatus,
  isControlPlaneUnavailable,
  isGrpcServiceError,
} from '../control-plane/errors.js';
import { readLimitedBody } from './body.js';
import { signatureMatches } from './signature.js';
import { type WebhookMetrics, type WebhookResult } from './metrics.js';

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

// GitHub's delivery ids are GUIDs and event names snake_case; anything else is not GitHub.
const deliveryIdFormat = /^[A-Za-z0-9._:-]{1,128}$/;
const eventNameFormat = /^[a-z_]{1,64}$/;

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export type WebhookHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * POST /api/v1/webhooks/github (SPEC §4): size, headers, signature, JSON, then IngestGitHubWebhook.
 * The body is read raw because the signature covers the exact bytes. Nothing is answered 2xx
 * unless the control-plane said it stored (or deliberately ignored) the delivery.
 *
 * A plain node handler: with the `routes-ahead-of-express` fast path the edge dispatches the exact
 * path to it before express, and the express router below serves the variants express would also
 * match (trailing slash, query string, letter case), and every request when the fast paths are off.
 */
export function createGithubWebhookHandler(options: GithubWebhookRouteOptions): WebhookHandler {
  const retryAfter = String(options.retryAfterSeconds ?? 5);

  const finish = (
    res: ServerResponse,
    startedAt: number,
    result: WebhookResult,
    event: string,
    status: number,
    body: object,
  ) => {
    options.metrics.observe(result, event, (performance.now() - startedAt) / 1e3);
    // GitHub ignores the body; no ETag, no express response helpers on the hottest path.
    res.statusCode = status;
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, startedAt: number): Promise<void> => {
    const read = await readLimitedBody(req, options.maxBodyBytes);
    if (!read.ok) {
      return read.status === 413
        ? finish(res, startedAt, 'too_large', 'unknown', 413, {
            error: `body larger than ${options.maxBodyBytes} bytes`,
          })
        : finish(res, startedAt, 'rejected', 'unknown', read.status, { error: read.error });
    }
    const deliveryId = header(req, 'x-github-delivery');
    const eventType = header(req, 'x-github-event');
    if (!deliveryId || !deliveryIdFormat.test(deliveryId)) {
      const problem = deliveryId ? 'malformed header X-GitHub-Delivery' : 'missing header X-GitHub-Delivery';
      return finish(res, startedAt, 'missing_header', 'unknown', 400, { error: problem });
    }
    if (!eventType || !eventNameFormat.test(eventType)) {
      const problem = eventType ? 'malformed header X-GitHub-Event' : 'missing header X-GitHub-Event';
      return finish(res, startedAt, 'missing_header', 'unknown', 400, { error: problem });
    }

    const body = read.body;
    const signature = header(req, 'x-hub-signature-256');
    if (!signatureMatches(options.secrets, body, signature)) {
      // An empty body cannot be checked by the library; it is never a delivery, so it is refused the same way.
      const problem = signature
        ? 'signature does not match (X-Hub-Signature-256)'
        : 'missing header X-Hub-Signature-256';
      return finish(res, startedAt, 'unauthorized', 'unknown', 401, { error: problem });
    }

    // The control-plane decodes strictly too: a body it would refuse is refused here, before the call.
    if (!isUtf8(body) || !isJson(body.toString('utf8'))) {
      return finish(res, startedAt, 'invalid_json', eventType, 400, {
        error: 'body is not valid UTF-8 JSON',
      });
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
      // SPEC §11: recorded, no run; a redelivery answers the same, marked duplicate.
      if (response.status === 'ignored')
        return finish(res, startedAt, response.duplicate ? 'duplicate' : 'ignored', eventType, 200, {
          status: 'ignored',
          reason: response.reason,
          duplicate: response.duplicate,
          correlation_id: response.correlationId,
        });
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
  };

  return (req, res) => {
    const startedAt = performance.now();
    handle(req, res, startedAt).catch((error: unknown) => {
      options.logger.error({ err: error, correlationId: req.id }, 'webhook route failed');
      if (!res.headersSent) finish(res, startedAt, 'error', 'unknown', 500, { error: 'internal error' });
      else res.destroy();
    });
  };
}

/** The same handler behind express routing, for the path variants the fast dispatch leaves to express. */
export function githubWebhookRouter(handler: WebhookHandler): express.Router {
  const router = express.Router();
  router.post(githubWebhookPath, (req, res) => handler(req, res));
  return router;
}
