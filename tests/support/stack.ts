// Runs the real API and worker in-process against the real PostgreSQL and Redis, each test file with
// its own queue prefix so files never see each other's jobs.
import { randomUUID } from 'node:crypto';
import { startApi, type RunningApi } from '../../src/api';
import { loadConfig, type Config } from '../../src/config';
import { createDb, type Db } from '../../src/db/client';
import { createApiKey } from '../../src/keys/apiKeys';
import { createLogger } from '../../src/logger';
import { createMetrics } from '../../src/metrics';
import { startWorker, type RunningWorker } from '../../workers/moderation.worker';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from './env';

export interface Stack {
  config: Config;
  db: Db;
  api?: RunningApi;
  worker?: RunningWorker;
  baseUrl: string;
  keys: { site: string; moderator: string; admin: string; otherSite: string };
  /** fetch with JSON in and out and the given key (or none). */
  call(method: string, path: string, opts?: { key?: string | null; body?: unknown; raw?: string; headers?: Record<string, string> }): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({
    DATABASE_URL: TEST_DATABASE_URL,
    REDIS_URL: TEST_REDIS_URL,
    PORT: '0',
    HOST: '127.0.0.1',
    QUEUE_PREFIX: `{wt-${randomUUID().slice(0, 8)}}`,
    LOG_LEVEL: 'silent',
    RECONCILE_INTERVAL_MS: '60000',
    RECONCILE_AFTER_MS: '60000',
    // The tests' webhook receivers listen on 127.0.0.1.
    WEBHOOK_ALLOW_PRIVATE: 'true',
    ...overrides,
  });
}

export async function startStack(opts: { api?: boolean; worker?: boolean; env?: Record<string, string> } = {}): Promise<Stack> {
  const config = testConfig(opts.env);
  const logger = createLogger('silent', 'test');
  const db = createDb({ url: config.DATABASE_URL, poolSize: 4 });
  const site = `site-${randomUUID().slice(0, 8)}`;
  const [siteKey, otherKey, modKey, adminKey] = await Promise.all([
    createApiKey(db, { role: 'site', name: site }),
    createApiKey(db, { role: 'site', name: `${site}-other` }),
    createApiKey(db, { role: 'moderator', name: 'test moderator' }),
    createApiKey(db, { role: 'admin', name: 'test admin' }),
  ]);
  // One registry for both, as in `all` mode: the API's /metrics shows the worker's counters.
  const metrics = createMetrics({ defaultMetrics: false });
  const worker = opts.worker === false ? undefined : startWorker(config, logger, {}, { metrics });
  const api = opts.api === false ? undefined : await startApi(config, logger, { metrics });
  if (api) await api.context.waiter.ready();
  const baseUrl = api ? `http://127.0.0.1:${api.port}` : '';
  const keys = { site: siteKey.key, otherSite: otherKey.key, moderator: modKey.key, admin: adminKey.key };
  return {
    config,
    db,
    api,
    worker,
    baseUrl,
    keys,
    async call(method, path, o = {}) {
      const headers: Record<string, string> = { ...(o.headers ?? {}) };
      const key = o.key === undefined ? keys.site : o.key;
      if (key) headers.authorization = `Bearer ${key}`;
      let body: string | undefined;
      if (o.raw !== undefined) body = o.raw;
      else if (o.body !== undefined) body = JSON.stringify(o.body);
      if (body !== undefined) headers['content-type'] ??= 'application/json';
      const res = await fetch(`${baseUrl}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        /* not JSON */
      }
      return { status: res.status, body: parsed, headers: res.headers };
    },
    async close() {
      await api?.close();
      await worker?.close();
      await db.$disconnect();
    },
  };
}

/** Polls until `check` returns a value other than undefined, or fails after `ms`. */
export async function eventually<T>(check: () => Promise<T | undefined>, ms = 10_000, every = 25): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, every));
  }
}

export const uid = (p = 'c') => `${p}-${randomUUID()}`;
