import { ActionIcon, Badge, Box, Button, Card, Group, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../QueryState';
import { AnsiText } from './AnsiText';
import { searchableText } from './log-lines';
import { useRunLog } from './useRunLog';

const lineHeight = 20;
const panelHeight = 440;
/** How close to the bottom (px) still counts as "at the end" (following new lines). */
const followSlack = 2 * lineHeight;

const streamColor = { stdout: undefined, stderr: '#ffa8a8', system: '#74c0fc' } as const;

/**
 * The run's log (SPEC §12): live while the run prints, ANSI colours, line numbers, search with
 * next/previous, jump to the end, download. Follows new lines while scrolled to the end; scrolling
 * up stops following until "jump to the end". Rows are virtualized: a log of 8 MiB stays fluid.
 */
export function RunLogPanel({ runId, runFinished }: { runId: string; runFinished: boolean }) {
  const { t } = useTranslation();
  const { lines, version, subscription } = useRunLog(runId);
  const scroller = useRef<HTMLDivElement>(null);
  const [following, setFollowing] = useState(true);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query.trim().toLowerCase());
  const [current, setCurrent] = useState(0);

  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => lineHeight,
    overscan: 30,
  });

  const matches = useMemo(() => {
    if (!deferredQuery) return [];
    const found: number[] = [];
    lines.forEach((line, index) => {
      if (searchableText(line).includes(deferredQuery)) found.push(index);
    });
    return found;
    // `version` stands for the lines' contents, which change in place.
  }, [lines, version, deferredQuery]);
  const matchSet = useMemo(() => new Set(matches), [matches]);
  const currentLine = matches[Math.min(current, matches.length - 1)];

  useEffect(() => setCurrent(0), [deferredQuery]);

  useEffect(() => {
    if (following && lines.length > 0) virtualizer.scrollToIndex(lines.length - 1, { align: 'end' });
  }, [following, version, lines.length, virtualizer]);

  const goToMatch = useCallback(
    (step: number) => {
      if (matches.length === 0) return;
      const next = (current + step + matches.length) % matches.length;
      setCurrent(next);
      setFollowing(false);
      virtualizer.scrollToIndex(matches[next] ?? 0, { align: 'center' });
    },
    [current, matches, virtualizer],
  );

  const onScroll = () => {
    const element = scroller.current;
    if (!element) return;
    setFollowing(element.scrollHeight - element.scrollTop - element.clientHeight <= followSlack);
  };

  const ended = subscription.status === 'idle' && runFinished;
  const connection =
    subscription.status === 'error'
      ? { color: 'red', label: t('run.disconnected') }
      : ended
        ? { color: 'gray', label: t('runLog.complete') }
        : subscription.status === 'pending'
          ? { color: 'green', label: t('run.live') }
          : { color: 'yellow', label: t('run.connecting') };

  return (
    <Card withBorder padding="lg" data-testid="run-log">
      <Group justify="space-between" mb="md" wrap="wrap" gap="sm">
        <Group gap="sm">
          <Title order={4}>{t('runLog.title')}</Title>
          <Badge variant="dot" color={connection.color} data-testid="run-log-connection">
            {connection.label}
          </Badge>
          <Text size="xs" c="dimmed" data-testid="run-log-line-count">
            {t('runLog.lines', { n: lines.length })}
          </Text>
        </Group>
        <Group gap="xs" wrap="wrap">
          <TextInput
            size="xs"
            w={220}
            maw="100%"
            placeholder={t('runLog.search')}
            aria-label={t('runLog.search')}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') goToMatch(event.shiftKey ? -1 : 1);
            }}
            rightSectionWidth={80}
            rightSection={
              deferredQuery ? (
                <Text size="xs" c="dimmed" data-testid="run-log-matches">
                  {matches.length === 0
                    ? t('runLog.noMatches')
                    : t('runLog.matches', {
                        current: Math.min(current, matches.length - 1) + 1,
                        total: matches.length,
                      })}
                </Text>
              ) : null
            }
          />
          <Tooltip label={t('runLog.previousMatch')}>
            <ActionIcon
              variant="default"
              aria-label={t('runLog.previousMatch')}
              disabled={matches.length === 0}
              onClick={() => goToMatch(-1)}
            >
              ↑
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('runLog.nextMatch')}>
            <ActionIcon
              variant="default"
              aria-label={t('runLog.nextMatch')}
              disabled={matches.length === 0}
              onClick={() => goToMatch(1)}
            >
              ↓
            </ActionIcon>
          </Tooltip>
          <Button
            size="xs"
            variant={following ? 'light' : 'filled'}
            onClick={() => setFollowing(true)}
            data-testid="run-log-jump-to-end"
          >
            {t('runLog.jumpToEnd')}
          </Button>
          <Button
            size="xs"
            variant="default"
            component="a"
            href={`/api/v1/runs/${runId}/log.txt`}
            download
            data-testid="run-log-download"
          >
            {t('runLog.download')}
          </Button>
        </Group>
      </Group>
      {subscription.status === 'error' && (
        <Box mb="md">
          <ErrorAlert error={subscription.error} onRetry={() => subscription.reset()} />
        </Box>
      )}
      <Box
        ref={scroller}
        onScroll={onScroll}
        data-testid="run-log-lines"
        style={{
          height: Math.min(panelHeight, Math.max(lines.length, 3) * lineHeight + 16),
          overflow: 'auto',
          background: '#141517',
          color: '#e9ecef',
          borderRadius: 'var(--mantine-radius-sm)',
          fontFamily: 'var(--mantine-font-family-monospace)',
          fontSize: 13,
          lineHeight: `${lineHeight}px`,
          padding: '8px 0',
        }}
      >
        {lines.length === 0 ? (
          <Text size="sm" c="dimmed" px="md">
            {ended ? t('runLog.emptyFinished') : t('runLog.empty')}
          </Text>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative', minWidth: 'max-content' }}>
            {virtualizer.getVirtualItems().map((row) => {
              const line = lines[row.index];
              if (!line) return null;
              const isMatch = matchSet.has(row.index);
              return (
                <div
                  key={row.key}
                  data-line-number={row.index + 1}
                  data-stream={line.stream}
                  data-match={isMatch ? (row.index === currentLine ? 'current' : 'yes') : undefined}
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: lineHeight,
                    transform: `translateY(${row.start}px)`,
                    display: 'flex',
                    whiteSpace: 'pre',
                    color: streamColor[line.stream],
                    background:
                      row.index === currentLine
                        ? 'rgba(250, 176, 5, 0.45)'
                        : isMatch
                          ? 'rgba(250, 176, 5, 0.2)'
                          : undefined,
                  }}
                >
                  <span
                    aria-hidden
                    style={{
                      width: 64,
                      flex: 'none',
                      paddingRight: 12,
                      textAlign: 'right',
                      color: '#5c5f66',
                      userSelect: 'none',
                    }}
                  >
                    {row.index + 1}
                  </span>
                  <span style={{ paddingRight: 16 }}>
                    <AnsiText text={line.text} />
                  </span>
                </div>
              );
            })}
          </div>
        )}
      </Box>
    </Card>
  );
}
