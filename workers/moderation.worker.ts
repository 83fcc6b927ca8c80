// The moderation worker process: a thin BullMQ processor around the moderateComment use case, plus
// the reconciler that re-queues comments left pending. All policy logic lives in src/moderation.
import type { Config } from '../src/config';
import { createDb } from '../src/db/client';
import { applySanctions } from '../src/authors/applySanctions';
import { moderateComments, type ModerateOutcome } from '../src/comments/moderateComment';
import { oldestPendingAt, reconcilePending } from '../src/comments/reconcile';
import { replayVerdict } from '../src/comments/replayVerdict';
import type { Db } from '../src/db/client';
import type { Logger } from '../src/logger';
import { createMetrics, type JobOutcome, type Metrics } from '../src/metrics';
import { createEngine, type Engine, type Policy } from '../src/moderation';
import { isViolation } from '../src/moderation/sanctions';
import { loadPolicy } from '../src/policy/loadPolicy';
import {
  createModerationQueue,
  createRedis,
  createWebhookQueue,
  startModerationWorker,
  startWebhookWorker,
  verdictEventId,
  type WebhookQueue,
} from '../src/queue';
import { processWebhookJob } from '../src/webhooks/processWebhookJob';
import { MicroBatcher } from '../src/lib/microBatcher';

export interface RunningWorker {
  engine: Engine;
  metrics: Metrics;
  /** Runs the reconciler once now, whoever holds the lease (tests, operators). */
  reconcile(): Promise<{ found: number; requeued: number }>;
  close(): Promise<void>;
}

export interface WorkerOptions {
  /** The process's registry; `all` mode shares the API's so one scrape sees both. */
  metrics?: Metrics;
}

/**
 * Called after every verdict this worker wrote: metrics, webhooks, sanctions each add one. A hook that
 * throws fails the job, and BullMQ's retry runs the hooks again for the stored verdict with
 * `outcome.replay === true` (see src/comments/replayVerdict.ts): hooks must be idempotent, and a hook
 * that counts (metrics) should skip replays.
 */
export type VerdictHook = (outcome: Extract<ModerateOutcome, { kind: 'decided' }>) => Promise<void> | void;

export interface WorkerHooks {
  /** Run after the default hooks (webhook event, sanctions), which every worker has. */
  onVerdict?: VerdictHook[];
}

/**
 * The hooks every worker runs, so the CLI, `npm start` and the tests behave alike: publish the webhook
 * event (one Redis call; delivery happens on the webhook queue and never delays moderation), then,
 * after a rejection for what the comment says, the sanction ladder.
 */
export function defaultVerdictHooks(db: Db, policy: Policy, webhooks: Pick<WebhookQueue, 'publish'>): VerdictHook[] {
  return [
    // No active webhook for the site when the batch was read: no event to deliver (replays publish anyway).
    (o) =>
      o.siteHasWebhooks === false
        ? undefined
        : webhooks.publish(verdictEventId(o.commentId, o.decidedAt), {
        event: 'comment.verdict',
        commentId: o.commentId,
        occurredAt: o.decidedAt.toISOString(),
      }),
    async (o) => {
      // A blocked author's rejection is the block at work, not a new violation.
      if (o.verdict.decision !== 'reject' || !isViolation(o.verdict)) return;
      await applySanctions({ db, policy }, o.authorId);
    },
  ];
}

/** Counts each verdict once: replays re-run hooks for a verdict an earlier attempt already counted. */
export function metricsHook(metrics: Metrics): VerdictHook {
  return (o) => {
    if (!o.replay) metrics.countVerdict(o.verdict.decision, o.verdict.categories, o.createdAt, new Date());
  };
}

export function startWorker(config: Config, logger: Logger, hooks: WorkerHooks = {}, options: WorkerOptions = {}): RunningWorker {
  const policy = loadPolicy(config.POLICY_FILE);
  const engine = createEngine(policy);
  const db = createDb({ url: config.DATABASE_URL, poolSize: Math.min(config.WORKER_CONCURRENCY, 20) });
  const connection = createRedis({ url: config.REDIS_URL });
  const queueConnection = createRedis({ url: config.REDIS_URL });
  const queue = createModerationQueue(queueConnection, config.QUEUE_PREFIX, config.JOB_ATTEMPTS);
  const log = logger.child({ component: 'moderation-worker', policyVersion: policy.version });
  const webhooks = createWebhookQueue(queueConnection, config.QUEUE_PREFIX, { attempts: config.WEBHOOK_ATTEMPTS, backoffMs: config.WEBHOOK_BACKOFF_MS });
  const metrics = options.metrics ?? createMetrics();
  metrics.observe({ queueCounts: () => queue.counts(), oldestPendingAt: () => oldestPendingAt(db) }, config.DEPENDENCY_TIMEOUT_MS);
  // Metrics first: a later hook that throws makes the retry a replay, which the metrics hook skips.
  const onVerdict = [metricsHook(metrics), ...defaultVerdictHooks(db, policy, webhooks), ...(hooks.onVerdict ?? [])];
  const runHooks = async (outcome: Extract<ModerateOutcome, { kind: 'decided' }>) => {
    for (const hook of onVerdict) await hook(outcome);
  };

  const batcher = new MicroBatcher<string, ModerateOutcome>(
    (ids) => {
      metrics.batchSize.observe(ids.length);
      return moderateComments({ db, engine }, ids);
    },
    {
    maxSize: config.WORKER_BATCH_SIZE,
      maxWaitMs: config.WORKER_BATCH_WAIT_MS,
    },
  );

  const worker = startModerationWorker({
    connection,
    prefix: config.QUEUE_PREFIX,
    concurrency: config.WORKER_CONCURRENCY,
    async process(job) {
      const outcome = await batcher.add(job.commentId);
      metrics.jobs.inc({ outcome: outcomeLabel(outcome) });
      if (outcome.kind === 'decided') {
        log.debug({ commentId: job.commentId, requestId: job.requestId, decision: outcome.verdict.decision }, 'verdict');
        if (outcome.written) await runHooks(outcome);
      } else if (outcome.kind === 'already-decided') {
        // An earlier attempt stored the verdict but may have failed in a hook: run them again (idempotent).
        const replay = await replayVerdict(db, job.commentId);
        if (replay) await runHooks(replay);
      }
      return outcome.kind;
    },
    onFailed(job, err, final) {
      // Not silent: logged, and the reconciler retries the comment while it stays pending.
      log[final ? 'error' : 'warn']({ err, commentId: job?.commentId, requestId: job?.requestId, final }, 'moderation job failed');
    },
    onError(err) {
      log.warn({ err }, 'worker connection error');
    },
  });

  const webhookConnection = createRedis({ url: config.REDIS_URL });
  const webhookLog = logger.child({ component: 'webhook-worker' });
  const webhookWorker = startWebhookWorker({
    connection: webhookConnection,
    prefix: config.QUEUE_PREFIX,
    concurrency: config.WEBHOOK_CONCURRENCY,
    process: (job, meta) => processWebhookJob({ db, queue: webhooks, timeoutMs: config.WEBHOOK_TIMEOUT_MS, allowPrivate: config.WEBHOOK_ALLOW_PRIVATE }, job, meta.jobId),
    onFailed(job, err, final) {
      webhookLog[final ? 'error' : 'warn']({ err: err.message, job, final }, final ? 'webhook given up' : 'webhook attempt failed; will retry');
    },
    onError(err) {
      webhookLog.warn({ err }, 'webhook worker connection error');
    },
  });

  // One pass at a time; close() waits for the pass in flight so nothing touches a closed pool.
  let inFlight: Promise<unknown> = Promise.resolve();
  const track = <T>(p: Promise<T>): Promise<T> => {
    inFlight = p.catch(() => undefined);
    return p;
  };
  const pass = async () => {
    const r = await reconcilePending({ db, requeue: (ids) => queue.requeue(ids) }, config.RECONCILE_AFTER_MS);
    metrics.reconciled.inc(r.requeued);
    if (r.requeued) log.warn(r, 'reconciler re-queued comments left pending');
    return r;
  };
  const reconcile = () => track(inFlight.then(pass));
  // One pass per interval across all workers: the lease lapses by itself, so a worker that dies holding
  // it delays the next pass by one interval at most. Passes are safe to overlap; the lease saves work.
  const leasedPass = () =>
    track(
      inFlight.then(async () => {
        if (await queue.tryLease('reconciler', Math.max(100, config.RECONCILE_INTERVAL_MS - 100))) await pass();
      }),
    );
  const timer = setInterval(() => {
    leasedPass().catch((err) => log.warn({ err }, 'reconciler pass failed'));
  }, config.RECONCILE_INTERVAL_MS);
  timer.unref();
  leasedPass().catch((err) => log.warn({ err }, 'reconciler pass failed'));

  return {
    engine,
    metrics,
    reconcile,
    async close() {
      clearInterval(timer);
      // A pass stuck on a dead dependency must not hold shutdown past its 10 s budget.
      await Promise.race([inFlight, new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
      // Jobs in flight wait on the batcher: send what it holds now rather than after its timer.
      const closing = Promise.all([worker.close(), webhookWorker.close()]);
      batcher.flush();
      await closing;
      await Promise.all([queue.close(), webhooks.close()]);
      await Promise.allSettled([db.$disconnect(), connection.quit(), queueConnection.quit(), webhookConnection.quit()]);
    },
  };
}

function outcomeLabel(o: ModerateOutcome): JobOutcome {
  if (o.kind === 'decided') return o.written ? 'written' : 'duplicate';
  return o.kind === 'missing' ? 'missing' : 'already_decided';
}
