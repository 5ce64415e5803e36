import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
// The only thing the SPA takes from the edge: the router's type, so a changed procedure breaks typecheck.
import type { AppRouter } from '../../edge/trpc/router.js';

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

export type Principal = RouterOutputs['auth']['me'];
export type Project = RouterOutputs['projects']['list']['items'][number];
export type Run = RouterOutputs['runs']['list']['items'][number];
export type RunStatus = Run['status'];
export type ProjectRole = Project['role'];
export type Repository = RouterOutputs['repositories']['list']['items'][number];
export type ProjectMember = RouterOutputs['members']['list']['items'][number];
export type StaffUser = RouterOutputs['users']['list']['items'][number];
export type LearningFeedback = RouterOutputs['runs']['learningFeedback']['items'][number];
export type Delivery = RouterOutputs['deliveries']['list']['items'][number];
export type ProjectTriggers = RouterOutputs['projects']['triggers']['get'];

const API_URL = '/api/trpc';
/** The edge refuses a batch of more calls (SPEC §15); the link splits larger ones. */
const MAX_BATCH_CALLS = 16;

/** Queries and mutations batch over HTTP; the run timeline streams over SSE (runs.watchEvents). */
export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url: API_URL }),
        false: httpBatchLink({ url: API_URL, maxItems: MAX_BATCH_CALLS }),
      }),
    ],
  });
}
