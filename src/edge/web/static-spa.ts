import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Router, type Request, type Response } from 'express';

export interface StaticSpaOptions {
  /** The Vite output directory (dist/web); nothing outside it is ever served. */
  root: string;
}

/**
 * The SPA's policy: scripts only from this origin; Mantine writes its CSS variables into a <style>
 * element and uses style attributes, hence 'unsafe-inline' for styles (styles cannot run code).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HASHED_ASSETS_PREFIX = '/assets/';
const MAX_DECODE_ROUNDS = 4;

/**
 * Decodes the raw request path until it stops changing and says whether any stage looks like an
 * escape attempt: a `..` segment, a backslash, a NUL, or an undecodable sequence (e.g. overlong
 * UTF-8 `%c0%ae`). Checking every stage catches double-encoded forms such as `%252e%252e%252f`,
 * which some proxy in front of us might decode once more.
 */
export function isTraversalAttempt(rawPath: string): boolean {
  let current = rawPath;
  for (let round = 0; round <= MAX_DECODE_ROUNDS; round += 1) {
    if (current.includes('\\') || current.includes('\0')) return true;
    if (current.split('/').some((segment) => segment === '..' || segment === '.')) return true;
    let decoded: string;
    try {
      decoded = decodeURIComponent(current);
    } catch {
      return true;
    }
    if (decoded === current) return false;
    current = decoded;
  }
  // Still changing after several rounds: nobody legitimate encodes a path five times.
  return true;
}

async function regularFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

function setSecurityHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
}

function notFound(res: Response): void {
  res.status(404).setHeader('Cache-Control', 'no-store').type('text/plain').send('Not Found');
}

/**
 * Serves the built SPA: hashed files under /assets are immutable for a year, index.html is never
 * cached (so a deploy takes effect on the next navigation), and any path without a file extension
 * that is not an API path gets index.html so client routes survive a reload or a deep link.
 */
export function staticSpaRouter(options: StaticSpaOptions): Router {
  const root = path.resolve(options.root);
  const indexFile = path.join(root, 'index.html');
  const routes = Router();

  routes.use(async (req: Request, res: Response, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    // The raw path, before express or anyone else normalises it.
    const rawPath = (req.originalUrl.split('?')[0] ?? '/').replace(/#.*$/, '');
    setSecurityHeaders(res);
    if (isTraversalAttempt(rawPath)) return notFound(res);
    // API and operational paths are never client routes (/metrics too, when it has moved to its own listener).
    if (rawPath.startsWith('/api/') || rawPath.startsWith('/health/') || rawPath === '/metrics')
      return notFound(res);

    const relative = decodeURIComponent(rawPath);
    const filePath = path.resolve(root, `.${relative}`);
    // Belt and braces: whatever the checks above missed, never leave the root.
    if (filePath !== root && !filePath.startsWith(root + path.sep)) return notFound(res);

    const sendFile = (file: string, cacheControl: string) => {
      res.setHeader('Cache-Control', cacheControl);
      res.sendFile(file, { dotfiles: 'deny', cacheControl: false, lastModified: true }, (error) => {
        if (error && !res.headersSent) notFound(res);
      });
    };

    const isIndexRequest = filePath === root || filePath === indexFile;
    if (!isIndexRequest && (await regularFile(filePath))) {
      const hashed = relative.startsWith(HASHED_ASSETS_PREFIX);
      return sendFile(filePath, hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    }
    // Missing hashed assets and missing files with an extension are real 404s, not the SPA.
    if (
      !isIndexRequest &&
      (relative.startsWith(HASHED_ASSETS_PREFIX) || /\.[a-z0-9]+$/i.test(path.posix.basename(relative)))
    ) {
      return notFound(res);
    }
    if (!(await regularFile(indexFile))) {
      res
        .status(404)
        .setHeader('Cache-Control', 'no-store')
        .type('text/plain')
        .send('The web console is not built (npm run build:web).');
      return;
    }
    return sendFile(indexFile, 'no-store');
  });
  return routes;
}
