// SIGTERM under load: `node dist/src/main.js all` stops taking requests, finishes what it started and
// exits 0 within 10 s; every comment it accepted is stored whole and is decided exactly once.
import { randomUUID } from 'node:crypto';
import { createDb } from '../../src/db/client';
import { createApiKey } from '../../src/keys/apiKeys';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../support/env';
import { spawnWarden } from '../support/processes';
import { eventually, startStack, type Stack } from '../support/stack';

jest.setTimeout(60_000);

it('exits 0 within 10 s of SIGTERM under load, leaving no comment half-written', async () => {
  const prefix = `{wt-${randomUUID().slice(0, 8)}}`;
  const db = createDb({ url: TEST_DATABASE_URL, poolSize: 2 });
  const site = `shutdown-${randomUUID().slice(0, 8)}`;
  const { key } = await createApiKey(db, { role: 'site', name: site });
  const warden = await spawnWarden('all', { DATABASE_URL: TEST_DATABASE_URL, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: prefix });
  let finisher: Stack | undefined;
  try {
    const accepted = new Set<string>();
    let stop = false;
    let sent = 0;
    // Bounded load: 24 clients, each posting until the server stops answering (or 2,000 posts in all).
    const client = async () => {
      while (!stop && sent < 2000) {
        sent++;
        const res = await fetch(`${warden.baseUrl}/v1/comments`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify({ externalId: randomUUID(), author: { id: randomUUID() }, text: 'A fair point about the treaty.' }),
        }).catch(() => null);
        if (!res) return; // connection refused: the server has stopped listening
        const body = (await res.json().catch(() => null)) as { id?: string } | null;
        if (res.status < 300 && body?.id) accepted.add(body.id);
      }
    };
    const clients = Array.from({ length: 24 }, client);
    await new Promise((r) => setTimeout(r, 1500));
    const signalledAt = Date.now();
    warden.signal('SIGTERM');
    const exit = await warden.exited;
    const tookMs = Date.now() - signalledAt;
    stop = true;
    await Promise.all(clients);

    expect(exit).toEqual({ code: 0, signal: null });
    expect(tookMs).toBeLessThan(10_000);
    expect(accepted.size).toBeGreaterThan(50);

    // Every 2xx is a committed row, whole; nothing else of this site exists.
    const rows = await db.comment.findMany({ where: { site }, select: { id: true, status: true, text: true, verdict: { select: { id: true } } } });
    const stored = new Set(rows.map((r) => r.id));
    for (const id of accepted) expect(stored.has(id)).toBe(true);
    for (const r of rows) {
      expect(r.text).toBe('A fair point about the treaty.');
      // A status and its verdict are written in one transaction: never one without the other.
      expect(r.status === 'pending').toBe(r.verdict === null);
    }

    // What was accepted but not yet decided is picked up by the next worker.
    finisher = await startStack({ api: false, env: { QUEUE_PREFIX: prefix, RECONCILE_AFTER_MS: '1000' } });
    await new Promise((r) => setTimeout(r, 1000));
    await finisher.worker!.reconcile();
    await eventually(async () => ((await db.comment.count({ where: { site, status: 'pending' } })) === 0 ? true : undefined), 20_000, 100);
    expect(await db.verdict.count({ where: { comment: { site } } })).toBe(rows.length);
  } finally {
    if (warden.proc.exitCode === null) warden.signal('SIGKILL');
    await finisher?.close();
    await db.$disconnect();
  }
});
