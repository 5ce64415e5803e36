/**
 * Group commit for concurrent requests. Nothing waits on a timer: when a batch slot is free the
 * queue is flushed on the next turn of the event loop (collecting whatever arrived in the same
 * tick); while all slots are busy, new items queue up and leave together as the next batch. At
 * low load every item travels alone (lowest latency); under load batches grow by themselves, so
 * one transaction and one commit serve many deliveries.
 */
export interface MicroBatcherOptions {
  /** Upper bound of items in one batch. */
  maxBatchSize: number;
  /** Batches processed at the same time (each holds one database connection). */
  maxConcurrentBatches: number;
}

interface Pending<I, O> {
  item: I;
  resolve: (value: O) => void;
  reject: (error: unknown) => void;
}

/** The outcome of one item of a batch: its result or its own error. */
export type ItemOutcome<O> = { ok: true; value: O } | { ok: false; error: unknown };

export class MicroBatcher<I, O> {
  private queue: Pending<I, O>[] = [];
  private inFlight = 0;
  private scheduled = false;

  constructor(
    private readonly processBatch: (items: I[]) => Promise<ItemOutcome<O>[]>,
    private readonly options: MicroBatcherOptions,
  ) {
    if (options.maxBatchSize < 1 || options.maxConcurrentBatches < 1)
      throw new Error('batch size and concurrency must be at least 1');
  }

  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Items waiting for a batch slot (for tests and metrics). */
  get queued(): number {
    return this.queue.length;
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight >= this.options.maxConcurrentBatches || this.queue.length === 0)
      return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    while (this.inFlight < this.options.maxConcurrentBatches && this.queue.length > 0) {
      const batch = this.queue.splice(0, this.options.maxBatchSize);
      this.inFlight += 1;
      this.run(batch).finally(() => {
        this.inFlight -= 1;
        this.schedule();
      });
    }
  }

  private async run(batch: Pending<I, O>[]): Promise<void> {
    let outcomes: ItemOutcome<O>[];
    try {
      outcomes = await this.processBatch(batch.map((pending) => pending.item));
      if (outcomes.length !== batch.length)
        throw new Error(`batch answered ${outcomes.length} outcomes for ${batch.length} items`);
    } catch (error) {
      for (const pending of batch) pending.reject(error);
      return;
    }
    batch.forEach((pending, index) => {
      const outcome = outcomes[index] as ItemOutcome<O>;
      if (outcome.ok) pending.resolve(outcome.value);
      else pending.reject(outcome.error);
    });
  }
}
