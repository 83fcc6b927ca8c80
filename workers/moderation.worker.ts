// The moderation worker process: a thin BullMQ processor around the moderateComment use case, plus
// the reconciler that re-queues comments left pending. All policy logic lives in src/moderation.
import type { Config } from '../src/config';
import { createDb } from '../src/db/client';
import { moderateComment, type ModerateOutcome } from '../src/comments/moderateComment';
import { reconcilePending } from '../src/comments/reconcile';
import type { Logger } from '../src/logger';
import { createEngine, type Engine } from '../src/moderation';
import { loadPolicy } from '../src/policy/loadPolicy';
import { createModerationQueue, createRedis, startModerationWorker } from '../src/queue';

export interface RunningWorker {
  engine: Engine;
  /** Runs the reconciler once now (tests and start-up). */
  reconcile(): Promise<{ found: number; requeued: number }>;
  close(): Promise<void>;
}

/** Called after every verdict this worker wrote: metrics, webhooks, sanctions each add one. */
export type VerdictHook = (outcome: Extract<ModerateOutcome, { kind: 'decided' }>) => Promise<void> | void;

export interface WorkerHooks {
  onVerdict?: VerdictHook[];
}

export function startWorker(config: Config, logger: Logger, hooks: WorkerHooks = {}): RunningWorker {
  const policy = loadPolicy(config.POLICY_FILE);
  const engine = createEngine(policy);
  const db = createDb({ url: config.DATABASE_URL, poolSize: Math.min(config.WORKER_CONCURRENCY, 20) });
  const connection = createRedis({ url: config.REDIS_URL });
  const queueConnection = createRedis({ url: config.REDIS_URL });
  const queue = createModerationQueue(queueConnection, config.QUEUE_PREFIX, config.JOB_ATTEMPTS);
  const log = logger.child({ component: 'moderation-worker', policyVersion: policy.version });

  const worker = startModerationWorker({
    connection,
    prefix: config.QUEUE_PREFIX,
    concurrency: config.WORKER_CONCURRENCY,
    async process(job) {
      const outcome = await moderateComment({ db, engine }, job.commentId);
      if (outcome.kind === 'decided') {
        log.debug({ commentId: job.commentId, requestId: job.requestId, decision: outcome.verdict.decision }, 'verdict');
        if (outcome.written) for (const hook of hooks.onVerdict ?? []) await hook(outcome);
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

  const reconcile = () =>
    reconcilePending({ db, requeue: (ids) => queue.requeue(ids) }, config.RECONCILE_AFTER_MS).then((r) => {
      if (r.requeued) log.warn(r, 'reconciler re-queued comments left pending');
      return r;
    });
  const timer = setInterval(() => {
    reconcile().catch((err) => log.warn({ err }, 'reconciler pass failed'));
  }, config.RECONCILE_INTERVAL_MS);
  timer.unref();
  reconcile().catch((err) => log.warn({ err }, 'reconciler pass failed'));

  return {
    engine,
    reconcile,
    async close() {
      clearInterval(timer);
      await worker.close();
      await queue.close();
      await Promise.allSettled([db.$disconnect(), connection.quit(), queueConnection.quit()]);
    },
  };
}
