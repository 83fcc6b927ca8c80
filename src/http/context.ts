// What the HTTP layer needs from the rest of Warden, passed in as plain values (no DI container).
import type { Logger } from 'pino';
import type { CommentInserter } from '../comments/submitComment';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Metrics } from '../metrics';
import type { Policy } from '../moderation';
import type { ModerationQueue, Redis, VerdictWaiter, WebhookQueue } from '../queue';
import type { KeyResolver } from './auth';
import type { RateLimits } from './rateLimit';

export interface ApiContext {
  config: Config;
  db: Db;
  redis: Redis;
  queue: ModerationQueue;
  /** Human decisions publish webhook events here; the worker process delivers them. */
  webhooks: WebhookQueue;
  waiter: VerdictWaiter;
  policy: Policy;
  resolveKey: KeyResolver;
  logger: Logger;
  /** Shared with the worker in `all` mode, so one scrape sees both. */
  metrics: Metrics;
  /** Stores new comments, batching those submitted together into one statement. */
  insertComment: CommentInserter;
  /** The policy's per-key and per-author limits; absent when RATE_LIMITS=false. */
  limits?: RateLimits | undefined;
}
