import { defineConfig } from 'vitest/config';

/**
 * The integration files that cover the HTTP and gRPC surface every fast path sits on (tRPC queries,
 * mutations, errors and batches; the webhook route; SSE subscriptions and gRPC streams; sign-in and
 * sessions; the tRPC guard). The `fast-paths-off` project runs them a second time with
 * CODEXK8S_FAST_PATHS=false (test/support/platform.ts), so both ways are tested on every run.
 */
const fastPathsOffFiles = [
  'test/integration/staff-api.test.ts',
  'test/integration/staff-rbac.test.ts',
  'test/integration/webhooks.test.ts',
  'test/integration/runs-live.test.ts',
  'test/integration/auth-sessions.test.ts',
  'test/integration/edge-limits.test.ts',
];

export default defineConfig({
  test: {
    exclude: ['node_modules/**', 'dist/**', 'test/fixtures/**', 'src/web/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Integration files start real processes; two cores carry about two at a time.
    maxWorkers: 2,
    reporters: ['default'],
    // Each project names its own files: `include` is not shared, since merged arrays would add up.
    projects: [
      {
        extends: true,
        test: { name: 'main', include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'] },
      },
      {
        extends: true,
        test: { name: 'fast-paths-off', include: fastPathsOffFiles, env: { TEST_FAST_PATHS: 'false' } },
      },
    ],
  },
});
