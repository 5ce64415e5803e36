import { Anchor, Breadcrumbs, Button, Group, Stack, Text } from '@mantine/core';
import { skipToken, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { confirmDanger } from '../components/confirm';
import { PageHeader } from '../components/PageHeader';
import { QueryState } from '../components/QueryState';
import { RunLogPanel } from '../components/run-log/RunLogPanel';
import { RunTriggerCard } from '../components/run-trigger/RunTriggerCard';
import { StatusBadge } from '../components/StatusBadge';
import { notifyError, notifySuccess } from '../components/notify';
import { canWriteProject, usePrincipal } from '../lib/principal';
import { useTRPC } from '../lib/trpc';
import { LearningFeedbackCard } from './run/LearningFeedbackCard';
import { LiveTimeline } from './run/LiveTimeline';
import { PayloadSummary } from './run/PayloadSummary';
import { RunFeedbackCard } from './run/RunFeedbackCard';
import { WhyItWaits } from './run/WhyItWaits';

const ACTIVE = new Set(['pending', 'running']);

/**
 * One run: its summary, its log, its live timeline and learning feedback, its GitHub report and
 * reruns; cancel while it is active, rerun once it has finished.
 */
export function RunPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const principal = usePrincipal();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { runId = '' } = useParams();
  const run = useQuery(
    trpc.runs.get.queryOptions(
      { runId },
      {
        refetchInterval: (query) =>
          query.state.data && ACTIVE.has(query.state.data.run.status) ? 2000 : false,
      },
    ),
  );
  const projectId = run.data?.run.projectId || null;
  // The caller's role in the run's project decides whether cancel is offered; admins may always.
  const project = useQuery(
    trpc.projects.get.queryOptions(projectId && !principal.isPlatformAdmin ? { projectId } : skipToken),
  );
  const canCancel = principal.isPlatformAdmin || canWriteProject(principal, project.data?.role);

  const refreshRun = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: trpc.runs.get.queryKey({ runId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.runs.learningFeedback.queryKey({ runId }) });
  }, [queryClient, trpc, runId]);

  const cancel = useMutation(
    trpc.runs.cancel.mutationOptions({
      onSuccess: () => {
        refreshRun();
        void queryClient.invalidateQueries({ queryKey: trpc.runs.list.pathKey() });
        notifySuccess(t('run.canceled'));
      },
      onError: (error) => notifyError(t, error),
    }),
  );
  const rerun = useMutation(
    trpc.runs.rerun.mutationOptions({
      onSuccess: (created) => {
        refreshRun();
        void queryClient.invalidateQueries({ queryKey: trpc.runs.list.pathKey() });
        notifySuccess(t('run.rerunStarted'));
        void navigate(`/runs/${created.id}`);
      },
      onError: (error) => notifyError(t, error),
    }),
  );
  const confirmCancel = () =>
    confirmDanger({
      title: t('run.cancelTitle'),
      text: t('run.cancelText'),
      confirmLabel: t('run.cancel'),
      cancelLabel: t('common.back'),
      confirmTestId: 'confirm-cancel-run',
      onConfirm: () => cancel.mutate({ runId }),
    });

  return (
    <QueryState query={run}>
      {(view) => {
        const { run: current, payload, queue } = view;
        return (
          <Stack gap="lg">
            <Breadcrumbs>
              <Anchor component={Link} to="/runs" size="sm">
                {t('runs.title')}
              </Anchor>
              <Text size="sm" ff="monospace">
                {current.id.slice(0, 8)}
              </Text>
            </Breadcrumbs>
            <PageHeader
              title={
                <Group gap="sm">
                  <span>{current.repositoryFullName || t('run.title')}</span>
                  <span data-testid="run-status">
                    <StatusBadge status={current.status} />
                  </span>
                </Group>
              }
              description={
                <Text span size="sm" ff="monospace">
                  {current.id}
                </Text>
              }
              actions={
                canCancel &&
                (ACTIVE.has(current.status) ? (
                  <Button
                    color="red"
                    variant="light"
                    loading={cancel.isPending}
                    onClick={confirmCancel}
                    data-testid="cancel-run"
                  >
                    {t('run.cancel')}
                  </Button>
                ) : (
                  <Button
                    variant="light"
                    loading={rerun.isPending}
                    onClick={() => rerun.mutate({ runId: current.id })}
                    data-testid="rerun-run"
                  >
                    {t('run.rerun')}
                  </Button>
                ))
              }
            />
            {current.status === 'pending' && <WhyItWaits queue={queue} />}
            <PayloadSummary run={current} payload={payload} />
            <RunTriggerCard payload={payload} />
            <RunFeedbackCard view={view} />
            <RunLogPanel runId={current.id} runFinished={!ACTIVE.has(current.status)} />
            <LiveTimeline runId={current.id} onEvent={refreshRun} runFinished={!ACTIVE.has(current.status)} />
            <LearningFeedbackCard runId={current.id} />
          </Stack>
        );
      }}
    </QueryState>
  );
}
