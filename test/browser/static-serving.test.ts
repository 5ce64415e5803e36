import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSecrets, startEdge, type EdgeHandle } from '../support/platform.js';
import { freePort } from '../support/ports.js';

/**
 * The edge's static server against a throw-away dist/web with secrets planted right next to it:
 * nothing outside the web root may ever come back, whatever the encoding of the path.
 */

const SECRET = 'TOP-SECRET-OUTSIDE-WEB-ROOT';
const INDEX = '<!doctype html><html><body><div id="root">spa-index</div></body></html>';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with the path sent byte for byte (fetch/URL would normalise `..` away before sending). */
function rawGet(port: number, rawPath: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: rawPath, method: 'GET', headers: { accept: 'text/html' } },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('edge static SPA serving', () => {
  let workDir: string;
  let edge: EdgeHandle;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'codexk8s-static-'));
    const webRoot = path.join(workDir, 'web');
    await mkdir(path.join(webRoot, 'assets'), { recursive: true });
    await writeFile(path.join(webRoot, 'index.html'), INDEX);
    await writeFile(path.join(webRoot, 'assets', 'index-abc123.js'), 'console.log("app");');
    await writeFile(path.join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    await writeFile(path.join(webRoot, '.env'), SECRET);
    await writeFile(path.join(workDir, 'secret.txt'), SECRET);
    await writeFile(path.join(workDir, 'web-secret.txt'), SECRET);
    edge = await startEdge({
      secrets: newSecrets(),
      // Nothing listens there: static serving must not need the control-plane.
      controlPlaneTarget: `127.0.0.1:${await freePort()}`,
      env: { CODEXK8S_WEB_DIST_DIR: webRoot },
    });
  });

  afterAll(async () => {
    await edge?.process.stop();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('serves index.html with no-store and a Content-Security-Policy, and falls back to it for client routes', async () => {
    for (const route of [
      '/',
      '/index.html',
      '/projects',
      '/runs/7d1f0c1e-0000-4000-8000-000000000000',
      '/login?next=%2Fruns',
    ]) {
      const res = await rawGet(edge.port, route);
      expect(res.status, route).toBe(200);
      expect(res.body, route).toBe(INDEX);
      expect(res.headers['cache-control'], route).toBe('no-store');
      expect(res.headers['content-security-policy'], route).toContain("script-src 'self'");
      expect(res.headers['content-security-policy'], route).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options'], route).toBe('nosniff');
    }
  });

  it('serves hashed assets as immutable for a year and other files revalidated', async () => {
    const asset = await rawGet(edge.port, '/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.body).toBe('console.log("app");');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/javascript/);

    const favicon = await rawGet(edge.port, '/favicon.svg');
    expect(favicon.status).toBe(200);
    expect(favicon.headers['cache-control']).toBe('no-cache');
  });

  it('answers 404, not the SPA, for missing assets, missing files and unknown API paths', async () => {
    for (const route of ['/assets/missing-000.js', '/robots.txt', '/api/v1/nothing-here', '/.env']) {
      const res = await rawGet(edge.port, route);
      expect(res.status, route).toBe(404);
      expect(res.body, route).not.toContain('spa-index');
      expect(res.body, route).not.toContain(SECRET);
    }
  });

  const traversalAttempts = [
    '/../secret.txt',
    '/../../../../../../etc/passwd',
    '/assets/../../secret.txt',
    '/./../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%2fsecret.txt',
    '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    '/%252e%252e%252fsecret.txt',
    '/%25252e%25252e%25252fsecret.txt',
    '/assets/%252e%252e/%252e%252e/secret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/%5c..%5csecret.txt',
    '/%c0%ae%c0%ae/secret.txt',
    '/%c0%ae%c0%ae%c0%afsecret.txt',
    '/..%00/secret.txt',
    '/index.html%00.js',
    '/.%2e/secret.txt',
    '/%2e./secret.txt',
    '/..;/secret.txt'.replace(';', '%2f'),
    '/../web-secret.txt',
    '/assets/..%2f..%2fweb-secret.txt',
  ];

  it.each(traversalAttempts)(
    'path traversal %s gets 404 and nothing from outside the web root',
    async (attempt) => {
      const res = await rawGet(edge.port, attempt);
      expect(res.status).toBe(404);
      expect(res.body).not.toContain(SECRET);
      expect(res.body).not.toContain('root:x:0:0');
      expect(res.body).not.toContain('spa-index');
    },
  );
});
