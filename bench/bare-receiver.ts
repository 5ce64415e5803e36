/**
 * The ceiling for bench/webhooks.ts: what an HTTP endpoint on this machine does when it only
 * reads the body, checks the signature and JSON, and answers 202 — nothing is stored.
 */
import { createServer } from 'node:http';
import { type AddressInfo } from 'node:net';
import express from 'express';
import { verify } from '@octokit/webhooks-methods';

const secret = process.env['BENCH_WEBHOOK_SECRET'] ?? '';
const port = Number(process.env['BENCH_PORT'] ?? 0);
if (!secret) {
  process.stderr.write('bare-receiver: BENCH_WEBHOOK_SECRET is required\n');
  process.exit(78);
}

const app = express();
app.disable('x-powered-by');
app.post('/api/v1/webhooks/github', express.raw({ type: () => true, limit: 1_048_576 }), async (req, res) => {
  const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
  const signature = req.get('X-Hub-Signature-256') ?? '';
  if (!req.get('X-GitHub-Delivery') || !req.get('X-GitHub-Event')) {
    res.status(400).json({ error: 'missing header' });
    return;
  }
  if (!body || !signature || !(await verify(secret, body, signature))) {
    res.status(401).json({ error: 'bad signature' });
    return;
  }
  try {
    JSON.parse(body);
  } catch {
    res.status(400).json({ error: 'invalid JSON' });
    return;
  }
  res.status(202).json({ status: 'accepted' });
});
app.get('/health/livez', (_req, res) => {
  res.json({ status: 'ok' });
});

const server = createServer(app);
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`bare-receiver listening on ${(server.address() as AddressInfo).port}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
