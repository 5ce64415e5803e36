/**
 * What `npm start` keeps in `.data/` between runs, shared with `npm run webhook:send`:
 * generated local secrets (created once, reused so sessions and encrypted tokens survive a
 * restart) and, while the platform runs, its lock file with where its edge listens
 * (local-run-lock.ts).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

export const projectRoot = path.resolve(import.meta.dirname, '..');
export const dataDir = path.join(projectRoot, '.data');
export const secretsFile = path.join(dataDir, 'local-secrets.json');
export const runFile = path.join(dataDir, 'local-run.json');

const localSecretsSchema = z.object({
  internalToken: z.string().min(16),
  jwtSigningKey: z.string().min(32),
  tokenEncryptionKey: z.string().min(1),
  webhookSecret: z.string().min(1),
});

export type LocalSecrets = z.infer<typeof localSecretsSchema>;

function generateSecrets(): LocalSecrets {
  return {
    internalToken: randomBytes(24).toString('hex'),
    jwtSigningKey: randomBytes(32).toString('hex'),
    tokenEncryptionKey: randomBytes(32).toString('base64'),
    webhookSecret: randomBytes(20).toString('hex'),
  };
}

export function readLocalSecrets(): LocalSecrets | undefined {
  if (!existsSync(secretsFile)) return undefined;
  const parsed = localSecretsSchema.safeParse(JSON.parse(readFileSync(secretsFile, 'utf8')));
  if (!parsed.success)
    throw new Error(`${secretsFile} is malformed; delete it to generate new local secrets`);
  return parsed.data;
}

/** The local secrets, generated (mode 0600) on the first run. */
export function loadOrCreateLocalSecrets(): LocalSecrets {
  const existing = readLocalSecrets();
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true });
  const secrets = generateSecrets();
  writeFileSync(secretsFile, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}
