/** A minimal Server-Sent Events reader over fetch (Node 20 has no EventSource), for tRPC subscriptions. */

export interface SseMessage {
  event: string;
  id: string | undefined;
  data: unknown;
  receivedAt: number;
}

export interface SseConnection {
  status: number;
  /** The next message that is not a ping/connected notice; rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<SseMessage>;
  close(): void;
}

export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseConnection> {
  const abort = new AbortController();
  const response = await fetch(url, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: abort.signal,
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const pending: SseMessage[] = [];
  // One read in flight at a time: a read that lost a race against the timeout is reused, not dropped.
  let reading: Promise<ReadableStreamReadResult<string>> | null = null;

  const parse = (block: string): SseMessage | null => {
    let event = 'message';
    let id: string | undefined;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon === -1 ? line : line.slice(0, colon);
      const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'id') id = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length === 0 && event === 'message') return null;
    let parsed: unknown = data.join('\n');
    try {
      parsed = JSON.parse(data.join('\n'));
    } catch {
      // not JSON: keep the text
    }
    return { event, id, data: parsed, receivedAt: Date.now() };
  };

  const next = async (timeoutMs = 5_000): Promise<SseMessage> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const message = pending.shift();
      if (message) {
        if (message.event === 'ping' || message.event === 'connected') continue;
        return message;
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw new Error('timed out waiting for a server-sent event');
      let timer: NodeJS.Timeout | undefined;
      reading ??= reader.read();
      const chunk = await Promise.race([
        reading,
        new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), remaining))),
      ]);
      clearTimeout(timer);
      if (chunk === 'timeout') throw new Error('timed out waiting for a server-sent event');
      reading = null;
      if (chunk.done) throw new Error('the event stream ended');
      buffer += chunk.value;
      let boundary: number;
      while ((boundary = buffer.indexOf('\n\n')) !== -1) {
        const parsed = parse(buffer.slice(0, boundary));
        buffer = buffer.slice(boundary + 2);
        if (parsed) pending.push(parsed);
      }
    }
  };

  return { status: response.status, next, close: () => abort.abort() };
}
