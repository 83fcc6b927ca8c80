// Process entry: `node dist/src/main.js [all|api|worker]`. Creates and migrates the database first
// (AUTO_MIGRATE), then runs the API, the worker, or both; shuts down cleanly on SIGTERM/SIGINT.
import { startApi } from './api';
import { config as loadConfig } from './config';
import { ensureDatabase, migrate } from './db/migrate';
import { createLogger } from './logger';
import { createMetrics } from './metrics';
import { serveMetrics } from './metrics/server';
import { startWorker } from '../workers/moderation.worker';

type Mode = 'all' | 'api' | 'worker';

async function main() {
  const mode = (process.argv[2] ?? 'all') as Mode;
  if (!['all', 'api', 'worker'].includes(mode)) throw new Error(`unknown mode ${mode}: use all, api or worker`);
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL, `warden-${mode}`);

  if (config.AUTO_MIGRATE) {
    const created = await ensureDatabase(config.DATABASE_URL);
    const result = await migrate(config.DATABASE_URL);
    logger.info({ created, applied: result.applied }, 'database ready');
  }

  const closers: Array<() => Promise<void>> = [];
  // One registry per process: in `all` mode the API's /metrics also shows the worker's counters.
  const metrics = createMetrics();
  if (mode === 'all' || mode === 'worker') {
    const worker = startWorker(config, logger, {}, { metrics });
    closers.push(worker.close);
    logger.info({ concurrency: config.WORKER_CONCURRENCY }, 'moderation worker started');
  }
  if (mode === 'worker') {
    const server = await serveMetrics(metrics, config.METRICS_PORT, config.HOST);
    closers.unshift(server.close);
    logger.info({ port: server.port }, `worker metrics on http://localhost:${server.port}/metrics`);
  }
  if (mode === 'all' || mode === 'api') {
    const api = await startApi(config, logger, { metrics });
    closers.unshift(api.close); // stop taking requests before stopping the worker
    logger.info({ port: api.port }, `Warden API listening on http://localhost:${api.port}`);
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      logger.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    (async () => {
      for (const close of closers) await close().catch((err) => logger.error({ err }, 'close failed'));
      logger.info('stopped');
      process.exit(0);
    })();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err) => {
  console.error(`warden: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
