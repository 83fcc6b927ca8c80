// `npm run test:faults`: Warden as processes (an API and a worker) against a private Redis and a private
// PostgreSQL cluster, under steady load, through the failures at-least-once delivery must survive: the
// worker killed with SIGKILL mid-run and restarted, Redis losing all its data, PostgreSQL restarting.
// Afterwards every accepted comment (every 2xx) has exactly one verdict.
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createDb } from '../../src/db/client';
import { ensureDatabase, migrate } from '../../src/db/migrate';
import { createApiKey } from '../../src/keys/apiKeys';
import { privatePostgres, privateRedis, type PrivatePostgres, type PrivateRedis } from '../support/privateServices';
import { spawnWarden, type WardenProcess } from '../support/processes';

jest.setTimeout(240_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let redis: PrivateRedis;
let pg: PrivatePostgres;
const procs: WardenProcess[] = [];

beforeAll(async () => {
  [redis, pg] = await Promise.all([privateRedis(), privatePostgres()]);
});
afterAll(async () => {
  for (const p of procs) if (p.proc.exitCode === null && p.proc.signalCode === null) p.signal('SIGKILL');
  await redis?.kill();
  pg?.destroy();
});

it('gives every accepted comment exactly one verdict through a worker kill -9, a Redis wipe and a PostgreSQL restart', async () => {
  const databaseUrl = pg.url('warden');
  await ensureDatabase(databaseUrl);
  await migrate(databaseUrl);
  const setup = createDb({ url: databaseUrl, poolSize: 1 });
  const { key } = await createApiKey(setup, { role: 'site', name: 'faults' });
  await setup.$disconnect();

  const env = {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: `{wf-${randomUUID().slice(0, 8)}}`,
    RECONCILE_AFTER_MS: '2000',
    RECONCILE_INTERVAL_MS: '1000',
    JOB_ATTEMPTS: '4',
    RATE_LIMITS: 'false',
  };
  const api = await spawnWarden('api', env);
  procs.push(api);
  let worker = await spawnWarden('worker', env);
  procs.push(worker);

  const accepted = new Set<string>();
  const statuses = new Map<number, number>();
  let stop = false;
  let sent = 0;
  const LIMIT = 6000;
  // Twenty-four clients posting one comment after another (bounded: they stop by themselves).
  const client = async () => {
    while (!stop && sent < LIMIT) {
      sent++;
      const res = await fetch(`${api.baseUrl}/v1/comments`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ externalId: randomUUID(), author: { id: randomUUID() }, text: sent % 3 ? 'A fair point about the treaty.' : 'What a load of bullshit.' }),
      }).catch(() => null);
      if (!res) continue;
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const body = (await res.json().catch(() => null)) as { id?: string } | null;
      if (res.status < 300 && body?.id) accepted.add(body.id);
      else await sleep(20); // a client backs off on 503
    }
  };
  const load = Array.from({ length: 24 }, client);

  await sleep(2000);
  worker.signal('SIGKILL'); // mid-job: its active jobs stall, its batch never commits or commits whole
  await worker.exited;
  await sleep(1000);
  worker = await spawnWarden('worker', env);
  procs.push(worker);

  await sleep(2000);
  await redis.wipe(); // every job, waiting or active, is gone

  await sleep(2000);
  pg.stop('immediate'); // a crash restart: connections die mid-transaction
  await sleep(1500);
  pg.start();

  await sleep(4000);
  stop = true;
  await Promise.all(load);

  expect(accepted.size).toBeGreaterThan(1000);
  // 503 is the only refusal allowed while a dependency is down; never a 500.
  for (const status of statuses.keys()) expect([200, 202, 503]).toContain(status);

  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Comment" WHERE status = 'pending'`);
      if (rows[0]!.n === '0') break;
      if (Date.now() > deadline) throw new Error(`${rows[0]!.n} comments still pending after 2 minutes`);
      await sleep(250);
    }
    const { rows } = await db.query<{ id: string; verdicts: string }>(
      `SELECT c.id::text AS id, count(v.id) AS verdicts FROM "Comment" c LEFT JOIN "Verdict" v ON v."commentId" = c.id GROUP BY c.id`,
    );
    const verdicts = new Map(rows.map((r) => [r.id, Number(r.verdicts)]));
    const lost = [...accepted].filter((id) => verdicts.get(id) !== 1);
    expect(lost).toEqual([]);
    // And nothing but what was accepted (or stored before its answer was cut) was decided twice.
    expect(rows.filter((r) => Number(r.verdicts) !== 1)).toEqual([]);
  } finally {
    await db.end();
  }

  // Both processes still stop cleanly after all that.
  for (const p of [api, worker]) p.signal('SIGTERM');
  expect(await api.exited).toEqual({ code: 0, signal: null });
  expect(await worker.exited).toEqual({ code: 0, signal: null });
});
