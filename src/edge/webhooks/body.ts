import { type IncomingMessage } from 'node:http';

export type BodyRead = { ok: true; body: Buffer } | { ok: false; status: number; error: string };

/**
 * Reads a request body as raw bytes, up to `limit`. What express.raw did for this route, minus
 * its type checks, decoding and stream plumbing: the signature covers the exact bytes, so they are
 * kept as received. A body over the limit is drained before answering (as body-parser did), so
 * the client reads the 413 instead of a reset connection.
 */
export function readLimitedBody(req: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const encoding = req.headers['content-encoding'];
    if (encoding !== undefined && encoding.toLowerCase() !== 'identity') {
      // GitHub sends uncompressed JSON; a compressed body could not be checked against the signature.
      req.resume();
      resolve({ ok: false, status: 415, error: `unsupported content encoding "${encoding}"` });
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    let tooLarge = declared > limit;
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (!tooLarge) chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      if (tooLarge) resolve({ ok: false, status: 413, error: 'too large' });
      else resolve({ ok: true, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size) });
    };
    const onError = () => {
      cleanup();
      resolve({ ok: false, status: 400, error: 'the request body could not be read' });
    };
    // The 'error' listener stays: an aborted request may still emit one, and unheard it would crash the edge.
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('aborted', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onError);
  });
}
