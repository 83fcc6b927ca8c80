/**
 * End-to-end benchmark: `npm run build && npm run bench:e2e`.
 *
 * Starts Warden itself (one API process and one worker process, `node dist/src/main.js api|worker`)
 * against the local PostgreSQL (database `warden_bench`, emptied first) and Redis (a fresh queue prefix,
 * its keys deleted afterwards), then in the same run:
 *
 *   1. the BullMQ ceiling on this machine: no-op jobs added with addBulk, then drained by a no-op Worker,
 *      bare (BullMQ's default concurrency of 1) and tuned (best of concurrency 50 and 200);
 *   2. throughput: autocannon posts comments as fast as the API takes them (distinct externalIds and
 *      authors); reports accepted/s, and verdicts/s from the first comment stored to the last verdict
 *      written (PostgreSQL timestamps), and their ratio to both ceilings;
 *   3. latency: comments sent at a steady 200/s (open loop, evenly spaced); p50/p99 submit-to-verdict from PostgreSQL timestamps
 *      (Verdict.createdAt - Comment.createdAt).
 *
 * Rate limits are off (RATE_LIMITS=false): the policy's per-key limit (600/s) would otherwise cap the
 * throughput run at the limit rather than at what the service can do.
 *
 *   --duration S   throughput run length (default 15)
 *   --connections N (default 64)
 *   --rate R, --rate-duration S   fixed-rate run (default 200/s for 15 s)
 *   --ceiling-jobs N   no-op jobs for the ceiling (default 30000)
 *   --json         machine-readable output
 *
 * Environment: BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/warden_bench),
 * BENCH_REDIS_URL (default redis://127.0.0.1:6379/2), BENCH_WORKER_CONCURRENCY, BENCH_WORKER_BATCH_SIZE,
 * BENCH_NODE_ARGS (extra node flags for the service's processes, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
// The ceiling is a measurement of BullMQ itself, so this is the one place outside src/queue that
// imports it directly.
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { ensureDatabase, migrate } from '../src/db/migrate';
import { freePort } from '../src/lib/freePort';

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const JSON_OUT = args.includes('--json');
const DURATION = opt('duration', 15);
const CONNECTIONS = opt('connections', 64);
const RATE = opt('rate', 200);
const RATE_DURATION = opt('rate-duration', 15);
const CEILING_JOBS = opt('ceiling-jobs', 30_000);
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/warden_bench';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/2';
// Extra node flags for the service's processes, e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof".
const NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);

const say = (...m: unknown[]) => {
  if (!JSON_OUT) console.error(...m);
};

function repoRoot(): string {
  for (const up of ['..', '../..']) {
    const dir = path.resolve(__dirname, up);
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'policies'))) return dir;
  }
  return path.resolve(__dirname, '..');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Deletes every key under the prefix (SCAN, never FLUSH: the Redis may be shared). */
async function dropPrefix(redis: IORedis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await redis.unlink(...keys);
  } while (cursor !== '0');
}

interface Ceiling {
  /** BullMQ's Worker as it comes (concurrency 1): the "bare" ceiling. */
  bare: number;
  /** The best of a few high concurrencies: what BullMQ itself can do when tuned. */
  tuned: { jobsPerSecond: number; concurrency: number };
}

/** No-op jobs, bulk-added first, then drained by a no-op worker at this concurrency: jobs/s of the drain. */
async function drainRate(jobs: number, concurrency: number): Promise<number> {
  const prefix = `{wbc-${randomUUID().slice(0, 8)}}`;
  const connection = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new Queue('ceiling', { connection, prefix });
  for (let i = 0; i < jobs; i += 1000) {
    await queue.addBulk(
      Array.from({ length: Math.min(1000, jobs - i) }, (_, k) => ({ name: 'noop', data: { n: i + k }, opts: { removeOnComplete: true } })),
    );
  }
  let done = 0;
  const started = performance.now();
  await new Promise<void>((resolve) => {
    const worker = new Worker('ceiling', async () => undefined, { connection: new IORedis(REDIS_URL, { maxRetriesPerRequest: null }), prefix, concurrency });
    worker.on('completed', () => {
      if (++done === jobs) {
        resolve();
        void worker.close().then(() => worker.opts.connection && (worker.opts.connection as IORedis).quit());
      }
    });
  });
  const jobsPerSecond = jobs / ((performance.now() - started) / 1000);
  await queue.close();
  await dropPrefix(connection, prefix);
  await connection.quit();
  return jobsPerSecond;
}

/**
 * The BullMQ ceiling on this machine, two ways: the bare Worker (its default concurrency of 1, what the
 * issue's 5,000-6,000 jobs/s was measured with) and tuned (best of concurrency 50 and 200).
 */
async function bullmqCeiling(jobs: number): Promise<Ceiling> {
  const bare = await drainRate(jobs, 1);
  let tuned = { jobsPerSecond: 0, concurrency: 0 };
  for (const concurrency of [50, 200]) {
    const jobsPerSecond = await drainRate(jobs, concurrency);
    if (jobsPerSecond > tuned.jobsPerSecond) tuned = { jobsPerSecond, concurrency };
  }
  return { bare, tuned };
}

interface Service {
  api: ChildProcess;
  worker: ChildProcess;
  baseUrl: string;
  stop(): Promise<void>;
}

async function startService(env: Record<string, string>): Promise<Service> {
  const root = repoRoot();
  const main = path.join(root, 'dist/src/main.js');
  if (!existsSync(main)) throw new Error(`${main} not found: run npm run build first`);
  const port = Number(env.PORT);
  const spawnMode = (mode: string) =>
    spawn(process.execPath, [...NODE_ARGS, main, mode], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  const worker = spawnMode('worker');
  const api = spawnMode('api');
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    const ok = await fetch(`${baseUrl}/readyz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (i > 200) throw new Error('the API did not become ready');
    await sleep(100);
  }
  const stopOne = (p: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (p.exitCode !== null) return resolve();
      p.once('exit', () => resolve());
      p.kill('SIGTERM');
    });
  return { api, worker, baseUrl, stop: () => Promise.all([stopOne(api), stopOne(worker)]).then(() => undefined) };
}

const TEXTS = [
  'Thank you for the detailed report on the treaty negotiations.',
  'I disagree with the minister, but this is a fair summary of the debate.',
  'What a load of bullshit this article is.',
  'You are a complete idiot if you believe this.',
  'The photographs from the ceremony in Yerevan were moving. Well done to the reporters.',
  'Could you publish the full text of the agreement? The summary leaves out the dates.',
];

interface Load {
  accepted: number;
  non2xx: number;
  errors: number;
  seconds: number;
  site: string;
}

const commentBody = (run: string, i: number) =>
  JSON.stringify({ externalId: `b-${run}-${i}`, author: { id: `ba-${run}-${i}`, name: 'Bench Reader' }, text: TEXTS[i % TEXTS.length], threadId: `bt-${i % 50}` });

/** Closed loop: `connections` clients post comments back to back for `duration` seconds (autocannon). */
async function saturate(baseUrl: string, key: string, site: string, o: { duration: number; connections: number }): Promise<Load> {
  let n = 0;
  const run = `${Date.now().toString(36)}-${randomUUID().slice(0, 6)}`;
  const result = await autocannon({
    url: `${baseUrl}/v1/comments`,
    method: 'POST',
    connections: o.connections,
    duration: o.duration,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: commentBody(run, n++) }) }],
  });
  return { accepted: result['2xx'], non2xx: result.non2xx, errors: result.errors + result.timeouts, seconds: result.duration, site };
}

/**
 * Open loop at a steady rate: comment i is sent at start + i/rate whether or not earlier ones were
 * answered, so a slow answer cannot hide later latency. (autocannon's overallRate is not this: each
 * connection sends its whole per-second quota at once, then waits for the next second, so "200/s" is
 * a burst of 200 every second.)
 */
async function paced(baseUrl: string, key: string, site: string, o: { rate: number; duration: number }): Promise<Load> {
  const run = `${Date.now().toString(36)}-${randomUUID().slice(0, 6)}`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.round(o.rate * o.duration);
  const load: Load = { accepted: 0, non2xx: 0, errors: 0, seconds: o.duration, site };
  const post = (i: number) =>
    new Promise<void>((resolve) => {
      const body = commentBody(run, i);
      const req = http.request(
        `${baseUrl}/v1/comments`,
        { method: 'POST', agent, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (res) => {
          res.resume();
          res.on('end', () => {
            if (res.statusCode! >= 200 && res.statusCode! < 300) load.accepted++;
            else load.non2xx++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        load.errors++;
        resolve();
      });
      req.end(body);
    });
  const started = performance.now();
  const inFlight: Array<Promise<void>> = [];
  for (let i = 0; i < total; ) {
    const due = started + (i * 1000) / o.rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    // Everything due by now goes out (a late timer must not lower the rate).
    for (const now = performance.now(); i < total && started + (i * 1000) / o.rate <= now; i++) inFlight.push(post(i));
  }
  await Promise.all(inFlight);
  agent.destroy();
  return load;
}

/** Waits until the site's comments all have verdicts, then reads the figures from PostgreSQL timestamps. */
async function verdictFigures(pg: Client, site: string, expected: number) {
  const deadline = Date.now() + 300_000;
  for (;;) {
    const { rows } = await pg.query<{ pending: string; total: string }>(
      `SELECT count(*) FILTER (WHERE status = 'pending') AS pending, count(*) AS total FROM "Comment" WHERE site = $1`,
      [site],
    );
    if (Number(rows[0]!.pending) === 0 && Number(rows[0]!.total) >= expected) break;
    if (Date.now() > deadline) throw new Error(`verdicts still pending after 5 minutes: ${rows[0]!.pending}`);
    await sleep(200);
  }
  const { rows } = await pg.query<{ comments: string; verdicts: string; span: number; p50: number; p99: number; max: number }>(
    `SELECT count(*) AS comments, count(v.id) AS verdicts,
            extract(epoch FROM max(v."createdAt") - min(c."createdAt")) AS span,
            1000 * percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM v."createdAt" - c."createdAt")) AS p50,
            1000 * percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM v."createdAt" - c."createdAt")) AS p99,
            1000 * max(extract(epoch FROM v."createdAt" - c."createdAt")) AS max
       FROM "Comment" c LEFT JOIN "Verdict" v ON v."commentId" = c.id WHERE c.site = $1`,
    [site],
  );
  const r = rows[0]!;
  return { comments: Number(r.comments), verdicts: Number(r.verdicts), verdictsPerSecond: Number(r.verdicts) / Number(r.span), p50Ms: Number(r.p50), p99Ms: Number(r.p99), maxMs: Number(r.max) };
}

async function createSiteKey(pg: Client, site: string): Promise<string> {
  // The same format and hashing as src/keys/apiKeys.ts, written directly: the bench needs no Prisma.
  const { createHash, randomBytes } = await import('node:crypto');
  const prefix = randomBytes(9).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, '0').slice(0, 12);
  const key = `wdn_${prefix}_${randomBytes(32).toString('base64url')}`;
  await pg.query(`INSERT INTO "ApiKey" (id, name, role, site, prefix, hash) VALUES ($1, $2, 'site', $2, $3, $4)`, [
    randomUUID(),
    site,
    prefix,
    createHash('sha256').update(key).digest('hex'),
  ]);
  return key;
}

async function main() {
  await ensureDatabase(DATABASE_URL);
  await migrate(DATABASE_URL);
  const pg = new Client({ connectionString: DATABASE_URL });
  await pg.connect();
  // The bench database is the bench's own: start from empty tables so runs compare.
  await pg.query('TRUNCATE "Verdict", "Comment", "Author", "Block", "AuditEvent" CASCADE');
  const redis = new IORedis(REDIS_URL, { maxRetriesPerRequest: null });

  say(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);
  say(`BullMQ ceiling: ${CEILING_JOBS} no-op jobs at concurrency 1, 50 and 200 ...`);
  const ceiling = await bullmqCeiling(CEILING_JOBS);
  say(`  bare (concurrency 1) ${ceiling.bare.toFixed(0)} jobs/s; tuned ${ceiling.tuned.jobsPerSecond.toFixed(0)} jobs/s (concurrency ${ceiling.tuned.concurrency})`);

  const prefix = `{wb-${randomUUID().slice(0, 8)}}`;
  const env = {
    DATABASE_URL,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    PORT: String(await freePort()),
    METRICS_PORT: String(await freePort()),
    HOST: '127.0.0.1',
    AUTO_MIGRATE: 'false',
    RATE_LIMITS: 'false',
    LOG_LEVEL: 'warn',
    ...(process.env.BENCH_WORKER_CONCURRENCY ? { WORKER_CONCURRENCY: process.env.BENCH_WORKER_CONCURRENCY } : {}),
    ...(process.env.BENCH_WORKER_BATCH_SIZE ? { WORKER_BATCH_SIZE: process.env.BENCH_WORKER_BATCH_SIZE } : {}),
  };
  const service = await startService(env);
  try {
    const throughputSite = `bench-${randomUUID().slice(0, 8)}`;
    const rateSite = `bench-${randomUUID().slice(0, 8)}`;
    const [keyT, keyR] = [await createSiteKey(pg, throughputSite), await createSiteKey(pg, rateSite)];

    say('warm-up ...');
    await saturate(service.baseUrl, keyT, throughputSite, { duration: 2, connections: 16 });
    await verdictFigures(pg, throughputSite, 0);
    await pg.query('DELETE FROM "Comment" WHERE site = $1', [throughputSite]);

    say(`throughput: ${CONNECTIONS} connections for ${DURATION} s ...`);
    const load = await saturate(service.baseUrl, keyT, throughputSite, { duration: DURATION, connections: CONNECTIONS });
    const t = await verdictFigures(pg, throughputSite, load.accepted);

    say(`fixed rate: ${RATE}/s for ${RATE_DURATION} s ...`);
    const fixed = await paced(service.baseUrl, keyR, rateSite, { rate: RATE, duration: RATE_DURATION });
    const f = await verdictFigures(pg, rateSite, fixed.accepted);

    const out = {
      machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version },
      ceiling: {
        bareJobsPerSecond: Math.round(ceiling.bare),
        tunedJobsPerSecond: Math.round(ceiling.tuned.jobsPerSecond),
        tunedConcurrency: ceiling.tuned.concurrency,
      },
      throughput: {
        connections: CONNECTIONS,
        seconds: load.seconds,
        accepted: load.accepted,
        refused: load.non2xx,
        errors: load.errors,
        acceptedPerSecond: Math.round(load.accepted / load.seconds),
        verdicts: t.verdicts,
        verdictsPerSecond: Math.round(t.verdictsPerSecond),
        ratioToBareCeiling: Number((t.verdictsPerSecond / ceiling.bare).toFixed(3)),
        ratioToTunedCeiling: Number((t.verdictsPerSecond / ceiling.tuned.jobsPerSecond).toFixed(3)),
        p50Ms: Math.round(t.p50Ms),
        p99Ms: Math.round(t.p99Ms),
      },
      fixedRate: {
        rate: RATE,
        seconds: fixed.seconds,
        accepted: fixed.accepted,
        refused: fixed.non2xx,
        verdicts: f.verdicts,
        p50Ms: Number(f.p50Ms.toFixed(1)),
        p99Ms: Number(f.p99Ms.toFixed(1)),
        maxMs: Number(f.maxMs.toFixed(1)),
      },
    };
    if (JSON_OUT) {
      console.log(JSON.stringify(out, null, 2));
    } else {
      const th = out.throughput;
      console.log(`
| measure | value |
| --- | --- |
| bare BullMQ ceiling (no-op jobs added with addBulk, default Worker: concurrency 1) | ${out.ceiling.bareJobsPerSecond} jobs/s |
| tuned BullMQ ceiling (same, best of concurrency 50 and 200) | ${out.ceiling.tunedJobsPerSecond} jobs/s (concurrency ${out.ceiling.tunedConcurrency}) |
| accepted (2xx) | ${th.acceptedPerSecond} comments/s (${th.accepted} in ${th.seconds} s, ${th.connections} connections, ${th.refused} non-2xx, ${th.errors} errors) |
| verdicts end to end | ${th.verdictsPerSecond} verdicts/s |
| ratio end-to-end / bare ceiling | ${th.ratioToBareCeiling} |
| ratio end-to-end / tuned ceiling | ${th.ratioToTunedCeiling} |
| submit-to-verdict under full load, p50 / p99 | ${th.p50Ms} ms / ${th.p99Ms} ms |
| submit-to-verdict at ${out.fixedRate.rate}/s, p50 / p99 / max | ${out.fixedRate.p50Ms} ms / ${out.fixedRate.p99Ms} ms / ${out.fixedRate.maxMs} ms (${out.fixedRate.verdicts} comments) |`);
    }
  } finally {
    await service.stop();
    await dropPrefix(redis, prefix);
    await redis.quit();
    await pg.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
