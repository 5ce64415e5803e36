import { EventEmitter } from 'node:events';
import { type Http2Session } from 'node:http2';
import type * as grpc from '@grpc/grpc-js';
import { type FastPath } from '../../shared/fast-paths/fast-path.js';

export const grpcConnectionWindow: FastPath<'grpc-connection-window'> = {
  name: 'grpc-connection-window',
  replaces:
    "Node's 64 KiB HTTP/2 connection window on grpc-js' server (widened through its private http2Servers, no option exists), because only ~5 webhook payloads fit in flight on the edge's one connection",
};

/** Room for ~600 webhook payloads of ~12 KB in flight on one edge connection. */
export const widenedConnectionWindowBytes = 8 * 1024 * 1024;

/**
 * Widens the connection-level flow-control window for data the edge sends, on each HTTP/2 session
 * of `server` as it opens (call after binding). Should grpc-js' internals change shape, Node's
 * default stays and server.test.ts fails.
 */
export function widenConnectionWindow(server: grpc.Server, bytes = widenedConnectionWindowBytes): void {
  const http2Servers = (server as unknown as { http2Servers?: unknown }).http2Servers;
  if (!(http2Servers instanceof Map)) return;
  for (const http2Server of http2Servers.keys()) {
    if (!(http2Server instanceof EventEmitter)) continue;
    http2Server.on('session', (session: Http2Session) => {
      try {
        session.setLocalWindowSize(bytes);
      } catch {
        // A session closing as it opens: nothing to widen.
      }
    });
  }
}
