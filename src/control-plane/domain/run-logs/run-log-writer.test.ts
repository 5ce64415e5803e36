import { describe, expect, it } from 'vitest';
import { RedactionRules } from './redaction.js';
import { RunLogWriter, truncationMarker, type RunLogWriterOptions } from './run-log-writer.js';
import { type RunLogAppend, type RunLogState, type RunLogWriterStore } from './ports.js';

/** The writer port in memory, with switches to fail or fence appends. */
function memoryStore() {
  const appends: RunLogAppend[] = [];
  let nextSeq = 1;
  const store: RunLogWriterStore & {
    appends: RunLogAppend[];
    failNext: number;
    fenced: boolean;
    text(): string;
  } = {
    appends,
    failNext: 0,
    fenced: false,
    async openLog(): Promise<RunLogState> {
      return { nextSeq: 1, bytes: 0, truncated: false, closed: false, sourceCursor: null };
    },
    async append(input) {
      if (store.failNext > 0) {
        store.failNext -= 1;
        throw new Error('database away');
      }
      if (store.fenced || input.expectedNextSeq !== nextSeq) return false;
      appends.push(input);
      nextSeq += input.chunks.length;
      return true;
    },
    async abandon() {},
    async findRepositoryToken() {
      return null;
    },
    text: () => appends.flatMap((append) => append.chunks.map((chunk) => chunk.text)).join(''),
  };
  return store;
}

function writer(store: RunLogWriterStore, options: Partial<RunLogWriterOptions> = {}): RunLogWriter {
  return new RunLogWriter(
    {
      runId: 'run-1',
      store,
      rules: new RedactionRules(['secret-value-1']),
      maxBytes: 1024 * 1024,
      flushIntervalMs: 5,
      maxChunkBytes: 1024,
      highWaterBytes: 4096,
      retryMs: 5,
      ...options,
    },
    { nextSeq: 1, bytes: 0, truncated: false, closed: false, sourceCursor: null },
  );
}

describe('RunLogWriter', () => {
  it('stores output in batches of chunks, in order, each stream kept apart, then closes the log', async () => {
    const store = memoryStore();
    const log = writer(store);
    const expected: string[] = [];
    for (let line = 0; line < 2000; line++) {
      const stream = line % 3 === 0 ? 'stderr' : 'stdout';
      log.write(stream, `${stream} ${line}\n`, new Date());
      expected.push(`${stream} ${line}\n`);
    }
    await log.close();
    expect(store.appends.at(-1)?.close).toBe(true);
    const chunks = store.appends.flatMap((append) => append.chunks);
    expect(store.appends.length).toBeLessThan(chunks.length);
    for (const chunk of chunks) expect(Buffer.byteLength(chunk.text)).toBeLessThanOrEqual(1024);
    const perStream = (stream: string) =>
      chunks
        .filter((chunk) => chunk.stream === stream)
        .map((chunk) => chunk.text)
        .join('');
    expect(perStream('stdout')).toBe(expected.filter((line) => line.startsWith('stdout')).join(''));
    expect(perStream('stderr')).toBe(expected.filter((line) => line.startsWith('stderr')).join(''));
  });

  it('cuts the log at maxBytes with the marker, counting UTF-8 bytes, and drops the rest', async () => {
    const store = memoryStore();
    const log = writer(store, { maxBytes: 2000 });
    for (let line = 0; line < 500; line++) log.write('stdout', `строка ${line} ✓\n`, new Date());
    await log.close('[a note that no longer fits]');
    const chunks = store.appends.flatMap((append) => append.chunks);
    const bytes = chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk.text), 0);
    expect(bytes).toBeLessThanOrEqual(2000);
    expect(bytes).toBeGreaterThan(1900);
    expect(chunks.at(-1)).toMatchObject({ stream: 'system', text: truncationMarker });
    expect(store.text()).not.toContain('\uFFFD');
    expect(log.truncated).toBe(true);
  });

  it('redacts before storing and never stores NUL', async () => {
    const store = memoryStore();
    const log = writer(store);
    log.write('stdout', 'value: secret-', new Date());
    await new Promise((resolve) => setTimeout(resolve, 20));
    log.write('stdout', 'value-1 and a\0b\n', new Date());
    await log.close();
    expect(store.text()).toBe('value: *** and a\uFFFDb\n');
  });

  it('keeps output that failed to store and stores it, in order, once the database answers', async () => {
    const store = memoryStore();
    store.failNext = 2;
    const log = writer(store);
    log.write('stdout', 'first\n', new Date());
    await new Promise((resolve) => setTimeout(resolve, 30));
    log.write('stdout', 'second\n', new Date());
    await log.close();
    expect(store.text()).toBe('first\nsecond\n');
  });

  it('asks its source to wait past the high-water mark and lets it go on once stored', async () => {
    const store = memoryStore();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow: RunLogWriterStore = { ...store, append: async (input) => (await gate, store.append(input)) };
    const log = writer(slow, { highWaterBytes: 2048 });
    let accepted = true;
    for (let index = 0; index < 10 && accepted; index++)
      accepted = log.write('stdout', `${'x'.repeat(511)}\n`, new Date());
    expect(accepted).toBe(false);
    let drained = false;
    void log.drained().then(() => (drained = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(drained).toBe(false);
    release();
    await log.close();
    expect(drained).toBe(true);
  });

  it('stops writing once another writer moved the log on (fence)', async () => {
    const store = memoryStore();
    const log = writer(store);
    log.write('stdout', 'mine\n', new Date());
    await new Promise((resolve) => setTimeout(resolve, 20));
    store.fenced = true;
    log.write('stdout', 'not stored\n', new Date());
    await log.close();
    expect(log.finished).toBe(true);
    expect(store.text()).toBe('mine\n');
  });
});
