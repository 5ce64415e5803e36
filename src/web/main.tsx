import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './console.css';
import './lib/i18n';
import { Badge, Breadcrumbs, MantineProvider, Title, createTheme } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { SignedInLayout } from './components/Layout';
import { isRetryable, isUnauthorized } from './lib/errors';
import {
  answersWithoutControlPlane,
  isUnreachableError,
  markReachable,
  markUnreachable,
} from './lib/reachability';
import { currentPath, signInPath } from './lib/session';
import { createApiClient, TRPCProvider } from './lib/trpc';
import { AuditPage } from './pages/AuditPage';
import { DeliveriesPage } from './pages/DeliveriesPage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { ProjectPage } from './pages/ProjectPage';
import { ProjectsPage } from './pages/ProjectsPage';
import { RunPage } from './pages/RunPage';
import { RunsPage } from './pages/RunsPage';
import { UsersPage } from './pages/UsersPage';

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <SignedInLayout />,
    children: [
      { index: true, element: <Navigate to="/projects" replace /> },
      { path: 'projects', element: <ProjectsPage /> },
      { path: 'projects/:projectId', element: <ProjectPage /> },
      { path: 'runs', element: <RunsPage /> },
      { path: 'runs/:runId', element: <RunPage /> },
      { path: 'deliveries', element: <DeliveriesPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

/** A session that expires mid-use sends the user to sign in, and back here afterwards. */
function onApiError(error: unknown): void {
  if (!isUnauthorized(error) || window.location.pathname === '/login') return;
  // The cached principal belongs to the ended session; left in place, the sign-in page would take
  // it for a live one and send the user straight back.
  queryClient.removeQueries({ queryKey: [['auth', 'me']] });
  void router.navigate(signInPath(currentPath()), { replace: true });
}

/** Every failure and answer says whether the control-plane is reachable (the stale-data banner). */
function onQueryError(error: unknown): void {
  if (isUnreachableError(error)) markUnreachable();
  onApiError(error);
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: onQueryError,
    onSuccess: (_data, query) => {
      if (!answersWithoutControlPlane(query.queryKey)) markReachable();
    },
  }),
  mutationCache: new MutationCache({ onError: onQueryError }),
  defaultOptions: {
    queries: {
      retry: (failures, error) => failures < 2 && isRetryable(error),
      refetchOnWindowFocus: true,
      staleTime: 5_000,
    },
  },
});

const trpcClient = createApiClient();

const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  components: {
    // The console's badges are short words (a status, a role): shown whole, never cut to "SUC…"
    // by a narrow table column.
    Badge: Badge.extend({ styles: { root: { flexShrink: 0, minWidth: 'max-content' } } }),
    // A long project name or repository shortens with "…" in the trail and wraps in a title,
    // instead of pushing the page wider than a phone.
    Breadcrumbs: Breadcrumbs.extend({
      styles: {
        root: { minWidth: 0, flexWrap: 'nowrap' },
        breadcrumb: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
      },
    }),
    Title: Title.extend({ styles: { root: { overflowWrap: 'anywhere' } } }),
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <ModalsProvider modalProps={{ centered: true }}>
            <Notifications position="top-right" />
            <RouterProvider router={router} />
          </ModalsProvider>
        </TRPCProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
