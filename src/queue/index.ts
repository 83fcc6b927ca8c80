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
}

/** A Redis connection: fail-fast for request paths, retrying forever for workers (BullMQ requires it). */
export function createRedis({ url, failFast = false }: RedisOptions): Redis {
  return new IORedis(url, {
    maxRetriesPerRequest: failFast ? 1 : null,
    enableOfflineQueue: !failFast,
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
  close(): Promise<void>;
}

export function createModerationQueue(connection: Redis, prefix: string, attempts: number): ModerationQueue {
  const queue = new Queue<ModerationJob>(MODERATION_QUEUE, {
    connection,
    prefix,
    skipWaitingForReady: true,
    defaultJobOptions: jobOptions(attempts),
  });
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
      for (const commentId of commentIds) {
        const job = await queue.getJob(moderationJobId(commentId));
        if (!job) {
          missing.push({ commentId });
          continue;
        }
        const state = await job.getState();
        if (state === 'failed') {
          await job.retry('failed');
          retried++;
        } else if (state === 'completed' || state === 'unknown') {
          // Completed but the comment is still pending (the verdict write was lost): run it again.
          await job.remove().catch(() => undefined);
          missing.push({ commentId });
        }
      }
      if (missing.length) await queue.addBulk(missing.map(toBulk));
      return missing.length + retried;
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

  constructor(connection: Redis, prefix: string) {
    this.events = new QueueEvents(MODERATION_QUEUE, { connection: connection.duplicate(), prefix });
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

  close(): Promise<void> {
    return this.events.close();
  }
}

export type { Redis };
