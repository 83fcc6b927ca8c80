// Throwaway Redis and PostgreSQL instances for tests that stop, kill or wipe them. The shared services on
// 6379/5432 are used by everyone's tests and are never touched here.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import IORedis from 'ioredis';

import { freePort } from '../../src/lib/freePort';

export { freePort };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface PrivateRedis {
  port: number;
  url: string;
  start(): Promise<void>;
  /** SIGKILL: the data is gone (no persistence), as after a crash of a Redis without AOF. */
  kill(): Promise<void>;
  /** Deletes every key (FLUSHALL on this private instance only). */
  wipe(): Promise<void>;
}

export async function privateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let proc: ChildProcess | undefined;
  const url = `redis://127.0.0.1:${port}`;
  const ping = async () => {
    const c = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
    c.on('error', () => undefined);
    try {
      await c.connect();
      return (await c.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      c.disconnect();
    }
  };
  const r: PrivateRedis = {
    port,
    url,
    async start() {
      proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: 'ignore' });
      for (let i = 0; i < 100 && !(await ping()); i++) await sleep(50);
    },
    async kill() {
      const p = proc;
      if (!p || p.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        p.once('exit', () => resolve());
        p.kill('SIGKILL');
      });
    },
    async wipe() {
      const c = new IORedis(url);
      await c.flushall();
      await c.quit();
    },
  };
  await r.start();
  return r;
}

export interface PrivatePostgres {
  port: number;
  /** A database URL on this cluster. */
  url(database: string): string;
  stop(mode?: 'fast' | 'immediate'): void;
  start(): void;
  destroy(): void;
}

/** A PostgreSQL 15 cluster of its own in a temporary directory (initdb as the postgres OS user when root). */
export async function privatePostgres(): Promise<PrivatePostgres> {
  const bin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'warden-pg-'));
  chmodSync(dir, 0o777);
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, cmd), ...args]] : [path.join(bin, cmd), args];
    const res = spawnSync(file, argv, { encoding: 'utf8', cwd: dir });
    if (res.status !== 0) throw new Error(`${cmd} failed: ${res.stderr || res.stdout}`);
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  const ctl = (...args: string[]) => run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), ...args]);
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const pg: PrivatePostgres = {
    port,
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    start: () => ctl('-o', opts, '-w', 'start'),
    stop: (mode = 'fast') => ctl('-m', mode, '-w', 'stop'),
    destroy() {
      try {
        pg.stop('immediate');
      } catch {
        /* already stopped */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  pg.start();
  return pg;
}
