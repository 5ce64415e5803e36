import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type ServerResponse } from 'node:http';

const safeId = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The correlation id of a request: GitHub's delivery id for webhooks, a caller's X-Request-Id when
 * it looks sane, otherwise a new UUID. It is echoed back and travels to the control-plane in gRPC metadata.
 */
export function correlationIdFor(req: IncomingMessage, res: ServerResponse): string {
  const candidates = [
    req.headers['x-github-delivery'],
    req.headers['x-request-id'],
    req.headers['x-correlation-id'],
  ];
  const given = candidates.find((value): value is string => typeof value === 'string' && safeId.test(value));
  const id = given ?? randomUUID();
  res.setHeader('X-Correlation-Id', id);
  return id;
}
