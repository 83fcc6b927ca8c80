// Every bullmq import lives behind this module (as Immich does), so the rest of Warden speaks of
// "enqueue a comment" and "start a moderation worker", never of BullMQ. Jobs carry ids only, never
// comment text: BullMQ keeps job data in clear text in Redis.
import { Queue, QueueEvents, Worker, type Job, type JobsOptions } from 'bullmq';
import IORedis, { type Redis } from 'ioredis';

export const MODERATION_QUEUE = 'moderation';

export interface ModerationJob {
  commentId: string;
  /** The request that submitted the comment, carried into the worker's logs. */
  requestId?: string;
}

/** The job id is derived from the comment id, so enqueueing the same comment twice is a no-op. */
export const moderationJobId = (commentId: string) => `comment-${commentId}`;

export interface RedisOptions {
  url: string;
  /** API side: fail commands at once while Redis is down so requests can answer 503 quickly. */
  failFast?: boolean;
  /** With failFast: a command unanswered after this long fails (a hung Redis must not hang requests). */
  commandTimeoutMs?: number;
}

/**
 * A Redis connection: retrying forever for workers (BullMQ requires it); on request paths a command
 * gives up after one reconnection attempt (and after commandTimeoutMs).
 * The offline queue MUST stay on: BullMQ's Queue issues commands (script loading, version check)
 * before the socket is connected, and with enableOfflineQueue=false those fail and every later
 * add() fails with "Stream isn't writeable". Requests instead check `redis.status` first and answer
 * 503 at once while Redis is down.
 */
export function createRedis({ url, failFast = false, commandTimeoutMs }: RedisOptions): Redis {
  return new IORedis(url, {
    maxRetriesPerRequest: failFast ? 1 : null,
    enableOfflineQueue: true,
    // Request paths issue many small commands per tick (rate limits, enqueue): one round trip for all.
    enableAutoPipelining: failFast,
    ...(failFast && commandTimeoutMs ? { commandTimeout: commandTimeoutMs } : {}),
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    lazyConnect: false,
  });
}

export function jobOptions(attempts: number): JobsOptions {
  return {
    attempts,
    backoff: { type: 'exponential', delay: 500 },
    removeOnComplete: true,
    // Failed jobs are kept a week for inspection; the reconciler re-runs their comments.
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

export interface ModerationQueue {
  readonly queue: Queue<ModerationJob>;
  enqueue(job: ModerationJob): Promise<void>;
  enqueueMany(jobs: ModerationJob[]): Promise<void>;
  /**
   * For comments the database still holds as pending: re-adds jobs that no longer exist (lost with
   * Redis data, or removed) and retries jobs that failed all their attempts. Jobs waiting, delayed or
   * active are left alone. Returns how many were re-queued.
   */
  requeue(commentIds: string[]): Promise<number>;
  /** Jobs per state, for the queue-depth gauge. */
  counts(): Promise<Record<string, number>>;
  /**
   * Takes a lease named `name` for `ttlMs` if no other process holds it (SET NX PX, under the queue's
   * hash-tagged prefix). True when this process may run the guarded work now.
   */
  tryLease(name: string, ttlMs: number): Promise<boolean>;
  close(): Promise<void>;
}

export function createModerationQueue(connection: Redis, prefix: string, attempts: number): ModerationQueue {
  const queue = new Queue<ModerationJob>(MODERATION_QUEUE, {
    connection,
    prefix,
    skipWaitingForReady: true,
    defaultJobOptions: jobOptions(attempts),
  });
  // Connection errors surface as failed calls (and 503s); an unhandled 'error' event would crash.
  queue.on('error', () => undefined);
  const toBulk = (job: ModerationJob) => ({
    name: 'moderate',
    data: job,
    opts: { jobId: moderationJobId(job.commentId) },
  });
  return {
    queue,
    async enqueue(job) {
      await queue.add('moderate', job, { jobId: moderationJobId(job.commentId) });
    },
    async enqueueMany(jobs) {
      if (jobs.length) await queue.addBulk(jobs.map(toBulk));
    },
    async requeue(commentIds) {
      const missing: ModerationJob[] = [];
      let retried = 0;
      // A few dozen look-ups in flight at once: ioredis pipelines them, so a page of a thousand stuck
      // comments after Redis lost its data costs tens of round trips, not two thousand.
      const inspect = async (commentId: string) => {
        // null: the job is gone (Redis lost its data, or it was removed).
        const job = await queue.getJob(moderationJobId(commentId));
        if (!job) {
          missing.push({ commentId });
          return;
        }
        const state = await job.getState();
        if (state === 'failed') {
          await job.retry('failed').then(
            () => retried++,
            // Retried by someone else meanwhile (another reconciler, an admin): nothing to do.
            () => undefined,
          );
        } else if (state === 'completed' || state === 'unknown') {
          // Completed but the comment is still pending (the verdict write was lost): run it again.
          await job.remove().catch(() => undefined);
          missing.push({ commentId });
        }
      };
      for (let i = 0; i < commentIds.length; i += 50) await Promise.all(commentIds.slice(i, i + 50).map(inspect));
      if (missing.length) await queue.addBulk(missing.map(toBulk));
      return missing.length + retried;
    },
    async counts() {
      return queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
    },
    async tryLease(name, ttlMs) {
      const ok = await connection.set(`${prefix}:${MODERATION_QUEUE}:lease:${name}`, String(process.pid), 'PX', ttlMs, 'NX');
      return ok === 'OK';
    },
    close: () => queue.close(),
  };
}

export interface ModerationWorkerOptions {
  connection: Redis;
  prefix: string;
  concurrency: number;
  process(job: ModerationJob, meta: { attemptsMade: number; jobId: string }): Promise<unknown>;
  onFailed?(job: ModerationJob | undefined, err: Error, finalAttempt: boolean): void;
  onError?(err: Error): void;
}

export interface ModerationWorker {
  /** Stops taking jobs, waits for those in flight, closes the connection. */
  close(): Promise<void>;
  readonly worker: Worker<ModerationJob>;
}

export function startModerationWorker(opts: ModerationWorkerOptions): ModerationWorker {
  const worker = new Worker<ModerationJob>(
    MODERATION_QUEUE,
    async (job: Job<ModerationJob>) => opts.process(job.data, { attemptsMade: job.attemptsMade, jobId: job.id ?? '' }),
    { connection: opts.connection, prefix: opts.prefix, concurrency: opts.concurrency, autorun: true },
  );
  worker.on('failed', (job, err) => {
    const final = !!job && job.attemptsMade >= (job.opts.attempts ?? 1);
    opts.onFailed?.(job?.data, err, final);
  });
  worker.on('error', (err) => opts.onError?.(err));
  return { worker, close: () => worker.close() };
}

/**
 * Lets an API request wait for a comment's verdict (`?wait=`): one QueueEvents stream per process,
 * waiters keyed by job id. The caller re-reads the database after waking, so a missed event only
 * costs the wait, never a wrong answer.
 */
export class VerdictWaiter {
  private readonly events: QueueEvents;
  private readonly waiters = new Map<string, Set<() => void>>();

  /** Takes ownership of `connection` (a blocking one, its own): `close` quits it. */
  constructor(private readonly connection: Redis, prefix: string) {
    this.events = new QueueEvents(MODERATION_QUEUE, { connection, prefix });
    const wake = ({ jobId }: { jobId: string }) => {
      const set = this.waiters.get(jobId);
      if (!set) return;
      this.waiters.delete(jobId);
      for (const fn of set) fn();
    };
    this.events.on('completed', wake);
    this.events.on('failed', wake);
    this.events.on('error', () => undefined);
  }

  ready(): Promise<void> {
    return this.events.waitUntilReady().then(() => undefined);
  }

  /** Resolves when the comment's job completes or fails, or after `ms`; `cancel` stops waiting early. */
  wait(commentId: string, ms: number): { done: Promise<void>; cancel: () => void } {
    const jobId = moderationJobId(commentId);
    let cancel = () => undefined as void;
    const done = new Promise<void>((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.waiters.get(jobId)?.delete(finish);
        resolve();
      };
      const timer = setTimeout(finish, ms);
      let set = this.waiters.get(jobId);
      if (!set) this.waiters.set(jobId, (set = new Set()));
      set.add(finish);
      cancel = finish;
    });
    return { done, cancel };
  }

  async close(): Promise<void> {
    // BullMQ leaves a connection it was given open; the waiter owns this one.
    await this.events.close();
    await this.connection.quit().catch(() => undefined);
  }
}


// ---------------------------------------------------------------------------------------------------
// Webhooks: their own queue, so a slow or failing receiver never delays moderation. Two kinds of job:
// an `event` (a verdict or a human decision on a comment; the moderation hook or the API enqueues it,
// one Redis call) and a `delivery` (one event to one registered URL, retried with exponential backoff).
// The webhook worker turns an event into deliveries. Jobs carry ids only, never comment text.

export const WEBHOOK_QUEUE = 'webhooks';

export type WebhookEventType = 'comment.verdict' | 'comment.decision';

export interface WebhookEventJob {
  kind: 'event';
  event: WebhookEventType;
  commentId: string;
  occurredAt: string;
}

export interface WebhookDeliveryJob {
  kind: 'delivery';
  event: WebhookEventType;
  commentId: string;
  occurredAt: string;
  webhookId: string;
  /** Sent as `Warden-Delivery`; the same on every retry, so receivers can drop duplicates. */
  deliveryId: string;
}

export type WebhookJob = WebhookEventJob | WebhookDeliveryJob;

/**
 * Job ids name the event, so publishing the same event twice (a moderation job retried after its hook
 * failed, see workers/moderation.worker.ts) adds nothing. Completed jobs are kept an hour so the ids keep
 * de-duplicating across such retries; BullMQ forbids ':' in custom ids.
 */
export const verdictEventId = (commentId: string, decidedAt: Date) => `verdict-${commentId}-${decidedAt.getTime()}`;
export const decisionEventId = (commentId: string, decisionId: string) => `decision-${commentId}-${decisionId}`;
export const deliveryId = (eventId: string, webhookId: string) => `${eventId}-${webhookId}`;

export interface WebhookQueueOptions {
  /** Attempts per delivery. */
  attempts: number;
  /** First retry delay, doubled each attempt. */
  backoffMs: number;
}

export interface WebhookQueue {
  readonly queue: Queue<WebhookJob>;
  publish(id: string, event: Omit<WebhookEventJob, 'kind'>): Promise<void>;
  deliver(deliveries: WebhookDeliveryJob[]): Promise<void>;
  close(): Promise<void>;
}

export function createWebhookQueue(connection: Redis, prefix: string, opts: WebhookQueueOptions): WebhookQueue {
  const queue = new Queue<WebhookJob>(WEBHOOK_QUEUE, { connection, prefix, skipWaitingForReady: true });
  // Connection errors surface where it matters (a failing publish, logged by the caller); without a
  // listener an early one (the API's fail-fast connection still connecting) would be an unhandled 'error'.
  queue.on('error', () => undefined);
  const keep = { removeOnComplete: { age: 3600 }, removeOnFail: { age: 7 * 24 * 3600 } };
  return {
    queue,
    async publish(id, event) {
      // Fanning out only reads PostgreSQL: a few quick attempts cover a restart of the database.
      await queue.add('event', { kind: 'event', ...event }, { jobId: id, attempts: 8, backoff: { type: 'exponential', delay: 500 }, ...keep });
    },
    async deliver(deliveries) {
      if (!deliveries.length) return;
      await queue.addBulk(
        deliveries.map((d) => ({
          name: 'delivery',
          data: d,
          opts: { jobId: d.deliveryId, attempts: opts.attempts, backoff: { type: 'exponential', delay: opts.backoffMs }, ...keep },
        })),
      );
    },
    close: () => queue.close(),
  };
}

export interface WebhookWorkerOptions {
  connection: Redis;
  prefix: string;
  concurrency: number;
  process(job: WebhookJob, meta: { attemptsMade: number; jobId: string }): Promise<unknown>;
  onFailed?(job: WebhookJob | undefined, err: Error, finalAttempt: boolean): void;
  onError?(err: Error): void;
}

export function startWebhookWorker(opts: WebhookWorkerOptions): { close(): Promise<void> } {
  const worker = new Worker<WebhookJob>(
    WEBHOOK_QUEUE,
    async (job: Job<WebhookJob>) => opts.process(job.data, { attemptsMade: job.attemptsMade, jobId: job.id ?? '' }),
    { connection: opts.connection, prefix: opts.prefix, concurrency: opts.concurrency, autorun: true },
  );
  worker.on('failed', (job, err) => {
    const final = !!job && job.attemptsMade >= (job.opts.attempts ?? 1);
    opts.onFailed?.(job?.data, err, final);
  });
  worker.on('error', (err) => opts.onError?.(err));
  return { close: () => worker.close() };
}

/** The Queue objects, for the admin dashboard (Bull Board needs them; it gets nothing else from here). */
export type DashboardQueue = Queue;

export type { Redis };
