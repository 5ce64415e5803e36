import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { elapsed, useNow } from '../lib/time';
import type { Run } from '../lib/trpc';

/** Only https pages are linked (GitHub, or GitHub Enterprise on its own host). */
export const safeUrl = (url: string | null | undefined) => (url && url.startsWith('https://') ? url : null);

/** A link to GitHub when there is one, else the text alone; clicks do not reach the row. */
export function GitHubLink({
  href,
  children,
  mono = false,
}: {
  href: string | null | undefined;
  children: ReactNode;
  mono?: boolean;
}) {
  const url = safeUrl(href);
  if (!url)
    return (
      <Text span size="sm" ff={mono ? 'monospace' : undefined}>
        {children}
      </Text>
    );
  return (
    <Anchor
      href={url}
      target="_blank"
      rel="noreferrer"
      size="sm"
      ff={mono ? 'monospace' : undefined}
      onClick={(event) => event.stopPropagation()}
    >
      {children}
    </Anchor>
  );
}

/** "#12 Fix the typo" of an issue or pull request, a commit's first line; null when about nothing. */
export function subjectText(run: Run): string | null {
  const { number, title } = run.subject;
  const text = [number !== null ? `#${number}` : null, title].filter(Boolean).join(' ');
  return text || null;
}

/** What started the run: the trigger's kind as a badge and its label, command or event. */
export function TriggerBadge({ run }: { run: Run }) {
  const { t } = useTranslation();
  if (!run.trigger)
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Group gap={6} wrap="nowrap" data-trigger-kind={run.trigger.kind}>
      <Badge variant="light" size="sm">
        {t(`runTrigger.kinds.${run.trigger.kind}`)}
      </Badge>
      <Text span size="sm" ff="monospace">
        {run.trigger.value}
      </Text>
    </Group>
  );
}

/** The branch and the short commit, each linked to GitHub. */
export function BranchAndCommit({ run }: { run: Run }) {
  if (!run.branch && !run.headSha)
    return (
      <Text span size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={0}>
      {run.branch && (
        <GitHubLink href={run.links.branch} mono>
          {run.branch}
        </GitHubLink>
      )}
      {run.headSha && (
        <GitHubLink href={run.links.commit} mono>
          {run.headSha.slice(0, 7)}
        </GitHubLink>
      )}
    </Stack>
  );
}

/** How long the run took, ticking while it runs; "waiting" while it has not started. */
export function RunDuration({
  run,
  size = 'sm',
}: {
  run: Pick<Run, 'startedAt' | 'finishedAt'>;
  size?: 'xs' | 'sm';
}) {
  const { t } = useTranslation();
  const now = useNow(1000);
  if (!run.startedAt)
    return (
      <Text span size={size} c="dimmed">
        {run.finishedAt ? '—' : t('runs.waiting')}
      </Text>
    );
  const { minutes, seconds } = elapsed(run.startedAt, run.finishedAt, now);
  return (
    <Text span size={size} data-testid="run-duration">
      {minutes > 0 ? t('time.minutesSeconds', { minutes, seconds }) : t('time.seconds', { seconds })}
    </Text>
  );
}
