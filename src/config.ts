// The only reader of the environment (STYLE.md habit 5): every setting typed, validated at start-up,
// with a safe default for local use.
import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  /** PostgreSQL connection string. The database is created and migrated at start-up if missing. */
  DATABASE_URL: z.string().url().default('postgresql://postgres@127.0.0.1:5432/warden'),
  /** Redis for the queues and rate limits. Use a Redis with AOF and `maxmemory-policy noeviction`. */
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  /** HTTP port of the API. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Address the API binds to. */
  HOST: z.string().default('0.0.0.0'),
  /** Path of the policy file the engine enforces. */
  POLICY_FILE: z.string().optional(),
  /** Key prefix for every BullMQ key; the braces make it a Redis Cluster hash tag. */
  QUEUE_PREFIX: z.string().default('{warden}'),
  /**
   * Moderation jobs in flight per worker process. A job mostly waits (for its batch's database round),
   * so this is high: it lets two batches of WORKER_BATCH_SIZE overlap.
   */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(128),
  /** Comments still pending after this many ms are re-enqueued by the reconciler. */
  RECONCILE_AFTER_MS: z.coerce.number().int().min(1000).default(30_000),
  /** How often the reconciler looks for stuck comments. */
  RECONCILE_INTERVAL_MS: z.coerce.number().int().min(200).default(15_000),
  /** Attempts per moderation job before it is marked failed (the reconciler still picks it up). */
  JOB_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  /** Largest accepted JSON body. */
  BODY_LIMIT: z.string().default('64kb'),
  /** Create and migrate the database on start-up (`npm start`, `npm run api`, `npm run worker`). */
  AUTO_MIGRATE: bool.default(true),
  /** Log level for pino. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Enable per-key and per-author rate limits (the values live in the policy). */
  RATE_LIMITS: bool.default(true),
  /** How long a readiness probe waits for Postgres or Redis before answering 503. */
  DEPENDENCY_TIMEOUT_MS: z.coerce.number().int().min(50).default(800),
  /** Worker: most comments moderated in one database round (one read, one write transaction). */
  WORKER_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(64),
  /** Worker: how long the first job of a batch waits for others to join it. */
  WORKER_BATCH_WAIT_MS: z.coerce.number().int().min(0).max(1000).default(2),
  /** Port of the worker process's own `/metrics` listener in `worker` mode (0: any free port). */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  /** Attempts per webhook delivery before it is given up (kept a week in the queue for inspection). */
  WEBHOOK_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(12),
  /** First retry delay of a failed webhook delivery; doubles on every attempt (2 s, 4 s ... 34 min: about 68 min over 12 attempts). */
  WEBHOOK_BACKOFF_MS: z.coerce.number().int().min(10).default(2000),
  /** How long a webhook receiver may take to answer before the attempt counts as failed. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  /**
   * Deliver webhooks to loopback, private and link-local addresses too. Off by default: webhook URLs come
   * from API clients, and a delivery must not reach Warden's own network (SSRF).
   */
  WEBHOOK_ALLOW_PRIVATE: bool.default(false),
  /** Webhook deliveries in flight per worker process. */
  WEBHOOK_CONCURRENCY: z.coerce.number().int().min(1).max(500).default(16),
});

export type Config = z.infer<typeof schema>;

/** Reads and validates the environment; throws naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`invalid configuration: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

let cached: Config | undefined;
/** The process-wide configuration, read once. */
export function config(): Config {
  cached ??= loadConfig();
  return cached;
}
