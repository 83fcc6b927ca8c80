// Collects items that arrive within a few milliseconds and hands them to `run` together. The worker
// receives jobs one at a time (BullMQ's concurrency) and the API requests one at a time, but PostgreSQL
// answers one statement for fifty comments about as fast as for one: batching is where the end-to-end
// throughput comes from. Under light load a batch is one item and waits at most `maxWaitMs`; with
// `maxWaitMs: 0` it waits for nothing, only for the end of the current turn of the event loop, so it
// gathers what arrived together (the requests parsed in one pass over the sockets).

export interface MicroBatcherOptions {
  /** Flush as soon as this many items are waiting. */
  maxSize: number;
  /** Flush this long after the first item of a batch arrived (0: at the end of this event-loop turn). */
  maxWaitMs: number;
}

export class MicroBatcher<T, R> {
  private pending: Array<{ item: T; resolve: (r: R) => void; reject: (e: unknown) => void }> = [];
  private cancelTimer: (() => void) | undefined;

  /** `run` returns one result per item, in order; an Error in a slot rejects only that item. */
  constructor(
    private readonly run: (items: T[]) => Promise<Array<R | Error>>,
    private readonly opts: MicroBatcherOptions,
  ) {}

  add(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length >= this.opts.maxSize) this.flush();
      else this.cancelTimer ??= this.schedule();
    });
  }

  private schedule(): () => void {
    if (this.opts.maxWaitMs > 0) {
      const timer = setTimeout(() => this.flush(), this.opts.maxWaitMs);
      return () => clearTimeout(timer);
    }
    const immediate = setImmediate(() => this.flush());
    return () => clearImmediate(immediate);
  }

  /** Sends what is waiting now (also used on shutdown so nothing waits for a timer). */
  flush(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    const batch = this.pending;
    if (!batch.length) return;
    this.pending = [];
    this.run(batch.map((b) => b.item)).then(
      (results) => {
        batch.forEach((b, i) => {
          const r = results[i];
          if (r instanceof Error) b.reject(r);
          else b.resolve(r as R);
        });
      },
      (err: unknown) => {
        for (const b of batch) b.reject(err);
      },
    );
  }
}
