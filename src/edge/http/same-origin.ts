import { type IncomingHttpHeaders } from 'node:http';
import { isLoopbackHost } from '../../shared/config/env-types.js';

/** Loopback names a browser may use for a loopback base URL (`npm start` prints 127.0.0.1, people type localhost). */
const loopbackNames = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The origins a browser may send state-changing requests from: the origin of the public base URL
 * and, when that URL is on loopback, the other loopback names on the same scheme and port.
 */
export function allowedOriginsOf(publicBaseUrl: string): ReadonlySet<string> {
  const base = new URL(publicBaseUrl);
  const origins = new Set([base.origin]);
  if (isLoopbackHost(base.hostname)) {
    const port = base.port === '' ? '' : `:${base.port}`;
    for (const name of loopbackNames) origins.add(new URL(`${base.protocol}//${name}${port}`).origin);
  }
  return origins;
}

function normalisedOrigin(origin: string): string | undefined {
  try {
    return new URL(origin).origin;
  } catch {
    return undefined;
  }
}

/**
 * Why a state-changing request must be refused as coming from another site, or undefined when it
 * may proceed. Browsers send `Origin` with every POST, so it decides; a request without it comes
 * from a non-browser client (curl, scripts) and is allowed, unless the browser's own
 * `Sec-Fetch-Site` says it is cross-site.
 */
export function crossSiteRefusal(
  headers: IncomingHttpHeaders,
  allowedOrigins: ReadonlySet<string>,
): string | undefined {
  const origin = headers.origin;
  if (origin !== undefined) {
    const normalised = normalisedOrigin(origin);
    if (normalised !== undefined && normalised !== 'null' && allowedOrigins.has(normalised)) return undefined;
    return `requests from origin ${JSON.stringify(origin)} are refused: only ${[...allowedOrigins][0]} may send them`;
  }
  if (headers['sec-fetch-site'] === 'cross-site')
    return 'cross-site requests are refused (Sec-Fetch-Site: cross-site)';
  return undefined;
}
