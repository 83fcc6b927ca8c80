// Prometheus metrics (prom-client). One registry per process: in `all` mode the API and the worker
// share it, so one `/metrics` scrape sees both. Gauges that describe shared state (queue depth, the
// oldest pending comment) are read from Redis and PostgreSQL on scrape, never kept in memory, so any
// number of processes report the same truth.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** What a moderation job did, counted by the worker: `written` exactly once per comment, fleet-wide. */
export type JobOutcome = 'written' | 'duplicate' | 'already_decided' | 'missing';

/** Where the scrape-time gauges read from; each source answers within its own timeout or is skipped. */
export interface MetricSources {
  /** Jobs per BullMQ state (waiting, active, delayed, failed, ...). */
  queueCounts(): Promise<Record<string, number>>;
  /** createdAt of the oldest comment still pending, or null when none is. */
  oldestPendingAt(): Promise<Date | null>;
}

export interface Metrics {
  readonly registry: Registry;
  readonly verdicts: Counter<'decision' | 'category'>;
  readonly jobs: Counter<'outcome'>;
  readonly submitToVerdict: Histogram;
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;
  readonly rateLimited: Counter<'limit'>;
  readonly reconciled: Counter;
  readonly batchSize: Histogram;
  /** Registers the scrape-time gauges once; later calls (the second process part in `all` mode) are ignored. */
  observe(sources: MetricSources, timeoutMs: number): void;
  /** Counts one stored verdict: once per category, or `none` for a verdict without categories. */
  countVerdict(decision: string, categories: readonly string[], createdAt: Date, writtenAt: Date): void;
}

// Submit-to-verdict runs from a few ms (idle) to the reconciler's threshold (after an outage).
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300];
const HTTP_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10];

export function createMetrics(opts: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (opts.defaultMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'warden_' });

  const verdicts = new Counter({
    name: 'warden_verdicts_total',
    help: 'Verdicts written by the engine, by decision and category (none for a clean approve).',
    labelNames: ['decision', 'category'] as const,
    registers: [registry],
  });
  const jobs = new Counter({
    name: 'warden_moderation_jobs_total',
    help: 'Moderation jobs run by this process, by outcome (written: this run stored the verdict).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const submitToVerdict = new Histogram({
    name: 'warden_submit_to_verdict_seconds',
    help: 'Time from a comment being stored to its verdict being written.',
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: 'warden_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: HTTP_BUCKETS,
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: 'warden_rate_limited_total',
    help: 'Requests refused with 429, by limit (key or author).',
    labelNames: ['limit'] as const,
    registers: [registry],
  });
  const reconciled = new Counter({
    name: 'warden_reconciled_total',
    help: 'Comments the reconciler put back on the queue (lost or failed jobs).',
    registers: [registry],
  });

  const batchSize = new Histogram({
    name: 'warden_worker_batch_size',
    help: 'Comments moderated per database round by the worker (jobs that arrived within WORKER_BATCH_WAIT_MS).',
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256],
    registers: [registry],
  });

  let observed = false;
  return {
    registry,
    verdicts,
    jobs,
    submitToVerdict,
    httpDuration,
    rateLimited,
    reconciled,
    batchSize,
    observe(sources, timeoutMs) {
      if (observed) return;
      observed = true;
      new Gauge({
        name: 'warden_queue_jobs',
        help: 'Moderation jobs in the queue by state, read from Redis on scrape.',
        labelNames: ['state'] as const,
        registers: [registry],
        async collect() {
          this.reset();
          const counts = await within(sources.queueCounts(), timeoutMs);
          if (counts) for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
        },
      });
      new Gauge({
        name: 'warden_oldest_pending_comment_age_seconds',
        help: 'Age of the oldest comment still waiting for a verdict (0 when none), read from PostgreSQL on scrape.',
        registers: [registry],
        async collect() {
          const oldest = await within(sources.oldestPendingAt(), timeoutMs);
          if (oldest === undefined) return; // PostgreSQL did not answer: keep the last value rather than lie
          this.set(oldest ? Math.max(0, (Date.now() - oldest.getTime()) / 1000) : 0);
        },
      });
    },
    countVerdict(decision, categories, createdAt, writtenAt) {
      if (categories.length === 0) verdicts.inc({ decision, category: 'none' });
      for (const category of categories) verdicts.inc({ decision, category });
      submitToVerdict.observe(Math.max(0, (writtenAt.getTime() - createdAt.getTime()) / 1000));
    },
  };
}

/** A scrape must answer even when a dependency is down: undefined after `ms` or on error. */
async function within<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms)));
  try {
    return await Promise.race([p.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
