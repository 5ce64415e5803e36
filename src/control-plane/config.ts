import { z } from 'zod';
import {
  absoluteUrl,
  boolean,
  commaList,
  duration,
  durationOrOff,
  emailList,
  httpsUrl,
  isEmail,
  listenAddress,
  logLevel,
  nonNegativeInt,
  positiveInt,
  requiredString,
} from '../shared/config/env-types.js';
import {
  commandProblem,
  eventsProblem,
  labelPrefixProblem,
  normalizedAssociations,
  normalizedEvents,
  trustedAssociationsProblem,
} from './domain/triggers/trigger-settings.js';

/** 32 bytes given as base64 or hex (64 hex characters). */
const encryptionKey = z.string({ error: 'is required' }).transform((value, ctx) => {
  const text = value.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'base64');
  if (key.length !== 32 || (!/^[0-9a-fA-F]{64}$/.test(text) && !/^[A-Za-z0-9+/]+={0,2}$/.test(text))) {
    ctx.addIssue({ code: 'custom', message: 'must be 32 bytes, base64 or hex encoded' });
    return z.NEVER;
  }
  return key;
});

const postgresUrl = z.string({ error: 'is required' }).refine((value) => /^postgres(ql)?:\/\//.test(value), {
  message: 'expected a postgres:// or postgresql:// URL',
});

/** A word of the trigger policy (label prefix, command), checked like projects.triggers.set checks it. */
const triggerWord = (defaultValue: string, problemOf: (value: string) => string | null) =>
  z
    .string()
    .default(defaultValue)
    .superRefine((value, ctx) => {
      const problem = problemOf(value);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
    });

/** A list of the trigger policy (events, trusted associations), checked and normalized like a project's. */
const triggerList = (
  defaultValue: string,
  problemOf: (values: readonly string[]) => string | null,
  normalized: (values: readonly string[]) => string[],
) =>
  commaList(defaultValue).transform((values, ctx) => {
    const problem = problemOf(values);
    if (problem !== null) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    return normalized(values);
  });

/** Everything the control-plane reads from the environment (SPEC §8). */
export const controlPlaneConfigSchema = z.object({
  DATABASE_URL: postgresUrl,
  // Connections to PostgreSQL. Embedded PGlite serves one query at a time over one socket: npm start sets 1.
  CODEXK8S_DATABASE_POOL_MAX: positiveInt(10),
  CODEXK8S_INTERNAL_TOKEN: requiredString(16),
  CODEXK8S_CONTROL_PLANE_GRPC_ADDR: listenAddress(':9090'),
  CODEXK8S_CONTROL_PLANE_HTTP_ADDR: listenAddress(':8081'),
  CODEXK8S_PUBLIC_BASE_URL: absoluteUrl(),
  CODEXK8S_GITHUB_WEBHOOK_SECRET: commaList().refine((secrets) => secrets.length > 0, {
    message: 'is required',
  }),
  CODEXK8S_GITHUB_API_BASE_URL: httpsUrl('https://api.github.com'),
  CODEXK8S_GITHUB_OAUTH_BASE_URL: httpsUrl('https://github.com'),
  CODEXK8S_GITHUB_WEBHOOK_EVENTS: commaList(
    'push,pull_request,issues,issue_comment,pull_request_review,pull_request_review_comment',
  ),
  CODEXK8S_BOOTSTRAP_OWNER_EMAIL: z
    .string({ error: 'is required' })
    .refine(isEmail, { message: 'is not a valid email address' })
    .transform((email) => email.trim().toLowerCase()),
  CODEXK8S_BOOTSTRAP_ALLOWED_EMAILS: emailList(),
  CODEXK8S_BOOTSTRAP_PLATFORM_ADMIN_EMAILS: emailList(),
  CODEXK8S_TOKEN_ENCRYPTION_KEY: encryptionKey,
  CODEXK8S_LEARNING_MODE_DEFAULT: boolean(false),
  // Triggers (SPEC §11): the policy of deliveries without a project and of projects that set none.
  CODEXK8S_TRIGGER_LABEL_PREFIX: triggerWord('run:', labelPrefixProblem),
  CODEXK8S_TRIGGER_COMMAND: triggerWord('/codex', commandProblem),
  CODEXK8S_TRIGGER_EVENTS: triggerList('', eventsProblem, normalizedEvents),
  CODEXK8S_TRIGGER_TRUSTED_ASSOCIATIONS: triggerList(
    'OWNER,MEMBER,COLLABORATOR',
    trustedAssociationsProblem,
    normalizedAssociations,
  ),
  CODEXK8S_WORKER_ENABLED: boolean(true),
  CODEXK8S_RUN_LAUNCHER: z.enum(['kubernetes', 'local']).default('kubernetes'),
  CODEXK8S_WORKER_POLL_INTERVAL: duration('5s'),
  CODEXK8S_WORKER_CLAIM_LIMIT: positiveInt(2),
  CODEXK8S_WORKER_SLOTS_PER_PROJECT: positiveInt(2),
  CODEXK8S_WORKER_SLOT_LEASE_TTL: duration('10m'),
  CODEXK8S_WORKER_K8S_NAMESPACE: z.string().min(1).default('codex-k8s-runs'),
  CODEXK8S_KUBECONFIG: z.string().default(''),
  CODEXK8S_WORKER_JOB_IMAGE: z.string().min(1).default('busybox:1.36'),
  CODEXK8S_WORKER_JOB_COMMAND: z.string().min(1).default('echo codex-k8s run && sleep 2'),
  CODEXK8S_WORKER_JOB_TTL_SECONDS: nonNegativeInt(600),
  CODEXK8S_WORKER_JOB_BACKOFF_LIMIT: nonNegativeInt(0),
  CODEXK8S_WORKER_JOB_ACTIVE_DEADLINE_SECONDS: positiveInt(900),
  // Run logs (SPEC §12): text stored per run, the `[log truncated]` line included; and how long logs are kept.
  CODEXK8S_RUN_LOG_MAX_BYTES: positiveInt(8 * 1024 * 1024).refine((bytes) => bytes >= 1024, {
    message: 'must be at least 1024',
  }),
  CODEXK8S_RUN_LOG_RETENTION: duration('30d'),
  // Missed deliveries (SPEC §14): GitHub's delivery log is walked this often (0: never) and this far back.
  CODEXK8S_DELIVERY_RECOVERY_INTERVAL: durationOrOff('5m'),
  CODEXK8S_DELIVERY_RECOVERY_LOOKBACK: duration('72h'),
  // Log entries asked for per page (GitHub's maximum is 100).
  CODEXK8S_DELIVERY_RECOVERY_PAGE_SIZE: positiveInt(100).refine((size) => size <= 100, {
    message: 'must be at most 100 (GitHub pages at most 100 deliveries)',
  }),
  // GitHub feedback (SPEC §13): the report sender's tick; 0 turns the sender off on this replica.
  CODEXK8S_GITHUB_REPORT_INTERVAL: durationOrOff('1s'),
  // Under `npm start` the launcher script migrates first; everywhere else pending migrations stop start-up.
  CODEXK8S_MIGRATE_ON_START: boolean(false),
  // false: the libraries' own behaviour instead of the process's fast paths (its fast-paths/index.ts).
  CODEXK8S_FAST_PATHS: boolean(true),
  LOG_LEVEL: logLevel,
});

export type ControlPlaneConfig = z.output<typeof controlPlaneConfigSchema>;
