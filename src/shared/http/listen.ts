import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { type ListenAddress } from '../config/env-types.js';

/** Starts listening and resolves with the bound port (useful when the configured port is 0). */
export function listen(server: Server, address: ListenAddress): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(address.port, address.host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Stops accepting connections and resolves once in-flight requests have finished. Long-lived
 * responses (the SSE run-event streams) would hold shutdown open forever, so whatever is still
 * open after `graceMs` is closed; clients of those streams reconnect to another replica.
 */
export function closeGracefully(server: Server, graceMs = 5_000): Promise<void> {
  return new Promise((resolve, reject) => {
    // Keep-alive connections become idle once their in-flight response is sent: close them as they do.
    const sweeper = setInterval(() => server.closeIdleConnections(), 50);
    const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close((error) => {
      clearInterval(sweeper);
      clearTimeout(deadline);
      if (error) reject(error);
      else resolve();
    });
    server.closeIdleConnections();
  });
}
