// With Redis or PostgreSQL down the API answers 503 at once (never a hang, never a 500) and both
// processes recover by themselves when the dependency returns. Each case runs against a private
// instance it can kill; the shared services are never touched.
import { ensureDatabase, migrate } from '../../src/db/migrate';
import { privatePostgres, privateRedis, type PrivatePostgres, type PrivateRedis } from '../support/privateServices';
import { eventually, startStack, uid, type Stack } from '../support/stack';

jest.setTimeout(60_000);

const comment = () => ({ externalId: uid(), author: { id: uid('a') }, text: 'A fair point about the treaty.' });

async function timed<T>(p: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await p;
  return { value, ms: performance.now() - started };
}

describe('with Redis down', () => {
  let redis: PrivateRedis;
  let stack: Stack;
  beforeAll(async () => {
    redis = await privateRedis();
    stack = await startStack({ env: { REDIS_URL: redis.url, RECONCILE_AFTER_MS: '1000' } });
  });
  afterAll(async () => {
    await stack.close();
    await redis.kill();
  });

  it('answers 503 within a second, keeps serving reads, and recovers, deciding the comment Redis lost', async () => {
    const before = await stack.call('POST', '/v1/comments', { body: comment() });
    expect(before.status).toBe(202);
    await redis.kill();

    const post = await timed(stack.call('POST', '/v1/comments', { body: comment() }));
    expect(post.ms).toBeLessThan(1000);
    expect(post.value.status).toBe(503);
    expect(post.value.body.error.code).toBe('unavailable');
    expect(post.value.headers.get('retry-after')).toBe('1');
    const ready = await timed(stack.call('GET', '/readyz', { key: null }));
    expect(ready.ms).toBeLessThan(1000);
    expect(ready.value).toMatchObject({ status: 503, body: { redis: 'down', postgres: 'up' } });
    // Reading needs only PostgreSQL.
    expect((await stack.call('GET', `/v1/comments/${before.body.id}`)).status).toBe(200);

    await redis.start(); // empty: every job is gone
    const after = await eventually(async () => {
      const r = await stack.call('POST', '/v1/comments?wait=3000', { body: comment() });
      return r.status === 503 ? undefined : r;
    }, 15_000, 200);
    expect(after.status).toBe(200); // the worker reconnected and decided it
    // The comment whose job was lost with Redis's data is put back by the reconciler and decided once.
    await new Promise((r) => setTimeout(r, 1100));
    await stack.worker!.reconcile();
    const decided = await eventually(async () => {
      const r = await stack.call('GET', `/v1/comments/${before.body.id}`);
      return r.body.status === 'pending' ? undefined : r.body;
    }, 15_000);
    expect(decided.verdict.decision).toBe('approve');
    expect(await stack.db.verdict.count({ where: { commentId: before.body.id } })).toBe(1);
  });
});

describe('with PostgreSQL down', () => {
  let pg: PrivatePostgres;
  let stack: Stack;
  beforeAll(async () => {
    pg = await privatePostgres();
    const url = pg.url('warden');
    await ensureDatabase(url);
    await migrate(url);
    stack = await startStack({ env: { DATABASE_URL: url } });
  });
  afterAll(async () => {
    await stack?.close();
    pg?.destroy();
  });

  it('answers 503 within a second for writes and reads, and recovers when it is back', async () => {
    const before = await stack.call('POST', '/v1/comments?wait=3000', { body: comment() });
    expect(before.status).toBe(200);
    pg.stop('immediate');

    for (const [method, path, body] of [
      ['POST', '/v1/comments', comment()],
      ['GET', `/v1/comments/${before.body.id}`, undefined],
    ] as const) {
      const r = await timed(stack.call(method, path, body ? { body } : {}));
      expect(r.ms).toBeLessThan(1000);
      expect(r.value.status).toBe(503);
      expect(r.value.body.error.code).toBe('unavailable');
      expect(JSON.stringify(r.value.body)).not.toMatch(/at \w+ \(|prisma|ECONN/i);
    }
    // Submissions that arrive together share one insert: they fail together, just as fast.
    const together = await timed(Promise.all(Array.from({ length: 8 }, () => stack.call('POST', '/v1/comments', { body: comment() }))));
    expect(together.ms).toBeLessThan(1000);
    expect(together.value.map((r) => r.status)).toEqual(Array(8).fill(503));
    const ready = await timed(stack.call('GET', '/readyz', { key: null }));
    expect(ready.ms).toBeLessThan(1000);
    expect(ready.value).toMatchObject({ status: 503, body: { postgres: 'down', redis: 'up' } });

    pg.start();
    const after = await eventually(async () => {
      const r = await stack.call('POST', '/v1/comments?wait=3000', { body: comment() });
      return r.status === 503 ? undefined : r;
    }, 20_000, 200);
    expect(after.status).toBe(200); // API and worker both reconnected
    expect(after.body.verdict.decision).toBe('approve');
  });
});
