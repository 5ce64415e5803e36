import { useSubscription } from '@trpc/tanstack-react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTRPC, type RouterOutputs } from '../../lib/trpc';
import { appendChunk, type LogLine } from './log-lines';

type LogChunk = RouterOutputs['runs']['logs']['items'][number];

/**
 * The run's log as lines, streamed over SSE by runs.watchLogs: the stored chunks first, then new
 * ones as they are stored; a dropped connection resumes after the last chunk seen. Lines live in a
 * ref (a long log has hundreds of thousands); `version` changes whenever they did.
 */
export function useRunLog(runId: string) {
  const trpc = useTRPC();
  const lines = useRef<LogLine[]>([]);
  const lastSeq = useRef(0);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    lines.current = [];
    lastSeq.current = 0;
    setVersion((current) => current + 1);
  }, [runId]);
  const onData = useCallback(({ data }: { id: string; data: LogChunk }) => {
    if (data.seq <= lastSeq.current) return;
    lastSeq.current = data.seq;
    appendChunk(lines.current, data);
    setVersion((current) => current + 1);
  }, []);
  const subscription = useSubscription(trpc.runs.watchLogs.subscriptionOptions({ runId }, { onData }));
  return { lines: lines.current, version, subscription };
}
