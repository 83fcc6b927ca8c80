// The API process: HTTP in, rows and jobs out.
import type { Server } from 'node:http';
import type { Config } from './config';
import { oldestPendingAt } from './comments/reconcile';
import { createBatchedInserter } from './comments/submitComment';
import { createDb } from './db/client';
import { createApp } from './http/app';
import type { ApiContext } from './http/context';
import { createRateLimits } from './http/rateLimit';
import { createKeyResolver } from './keys/apiKeys';
import type { Logger } from './logger';
import { createMetrics, type Metrics } from './metrics';
import { loadPolicy } from './policy/loadPolicy';
import { createModerationQueue, createRedis, createWebhookQueue, VerdictWaiter } from './queue';

export interface RunningApi {
  server: Server;
  port: number;
  context: ApiContext;
  close(): Promise<void>;
}

export interface ApiOptions {
  /** The process's registry; `all` mode passes the worker's so one scrape sees both. */
  metrics?: Metrics;
}

export async function startApi(config: Config, logger: Logger, opts: ApiOptions = {}): Promise<RunningApi> {
  const policy = loadPolicy(config.POLICY_FILE);
  const db = createDb({ url: config.DATABASE_URL, connectTimeoutMs: config.DEPENDENCY_TIMEOUT_MS });
  const redis = createRedis({ url: config.REDIS_URL, failFast: true, commandTimeoutMs: config.DEPENDENCY_TIMEOUT_MS });
  redis.on('error', () => undefined); // reported through /readyz and 503s, not as crashes
  const queue = createModerationQueue(redis, config.QUEUE_PREFIX, config.JOB_ATTEMPTS);
  const webhooks = createWebhookQueue(redis, config.QUEUE_PREFIX, { attempts: config.WEBHOOK_ATTEMPTS, backoffMs: config.WEBHOOK_BACKOFF_MS });
  const waiter = new VerdictWaiter(createRedis({ url: config.REDIS_URL }), config.QUEUE_PREFIX);
  const metrics = opts.metrics ?? createMetrics();
  metrics.observe({ queueCounts: () => queue.counts(), oldestPendingAt: () => oldestPendingAt(db) }, config.DEPENDENCY_TIMEOUT_MS);
  const context: ApiContext = {
    config,
    db,
    redis,
    queue,
    webhooks,
    waiter,
    policy,
    resolveKey: createKeyResolver(db),
    insertComment: createBatchedInserter(db),
    logger: logger.child({ component: 'api' }),
    metrics,
    limits: config.RATE_LIMITS ? createRateLimits(redis, policy.rateLimits, config.QUEUE_PREFIX, metrics) : undefined,
  };
  const app = createApp(context);
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.PORT, config.HOST, (err?: Error) => (err ? reject(err) : resolve(s)));
  });
  server.keepAliveTimeout = 65_000;
  let closing = false;
  server.prependListener('request', (_req, res) => {
    if (closing) res.setHeader('Connection', 'close');
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return {
    server,
    port,
    context,
    async close() {
      // Stop accepting, let in-flight requests finish, then release connections. A keep-alive client
      // would otherwise keep a connection busy forever: answers from now on say `Connection: close`,
      // idle connections are closed now, and whatever is still open after 5 s is cut.
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const cut = setTimeout(() => server.closeAllConnections(), 5000);
      await closed;
      clearTimeout(cut);
      await Promise.allSettled([waiter.close(), queue.close(), webhooks.close()]);
      await Promise.allSettled([db.$disconnect(), redis.quit()]);
    },
  };
}
