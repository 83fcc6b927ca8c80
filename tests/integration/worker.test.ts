// The worker's guarantees against the real PostgreSQL and Redis: idempotent verdicts, recovery of
// comments left pending.
import { moderateComment } from '../../src/comments/moderateComment';
import { createModerationQueue, createRedis } from '../../src/queue';
import { startStack, uid, eventually, type Stack } from '../support/stack';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ api: false, worker: false });
});
afterAll(async () => {
  await stack.close();
});

async function pendingComment(text: string, createdAt?: Date) {
  await stack.db.author.upsert({ where: { id: 'worker-test' }, create: { id: 'worker-test' }, update: {} });
  return stack.db.comment.create({
    data: { site: 'worker-test', externalId: uid(), authorId: 'worker-test', text, ...(createdAt ? { createdAt } : {}) },
  });
}

it('writes one verdict when the same job runs twice, even concurrently', async () => {
  const { startWorker } = await import('../../workers/moderation.worker');
  const { createLogger } = await import('../../src/logger');
  const w = startWorker(stack.config, createLogger('silent', 't'));
  try {
    const c = await pendingComment('You are a complete idiot.');
    const deps = { db: stack.db, engine: w.engine };
    const results = await Promise.all([moderateComment(deps, c.id), moderateComment(deps, c.id), moderateComment(deps, c.id)]);
    const again = await moderateComment(deps, c.id);
    expect(again.kind).toBe('already-decided');
    expect(results.filter((r) => r.kind === 'decided' && r.written)).toHaveLength(1);
    expect(await stack.db.verdict.count({ where: { commentId: c.id } })).toBe(1);
    const row = await stack.db.comment.findUniqueOrThrow({ where: { id: c.id } });
    expect(['flagged', 'rejected']).toContain(row.status);
  } finally {
    await w.close();
  }
});

it('processes a job enqueued twice once: one verdict', async () => {
  const redis = createRedis({ url: stack.config.REDIS_URL });
  const queue = createModerationQueue(redis, stack.config.QUEUE_PREFIX, 3);
  const c = await pendingComment('Twice enqueued, once decided.');
  await queue.enqueue({ commentId: c.id });
  await queue.enqueue({ commentId: c.id });
  const { startWorker } = await import('../../workers/moderation.worker');
  const { createLogger } = await import('../../src/logger');
  const w = startWorker(stack.config, createLogger('silent', 't'));
  try {
    await eventually(async () => ((await stack.db.verdict.count({ where: { commentId: c.id } })) ? true : undefined));
    await queue.enqueue({ commentId: c.id }); // after completion: runs again, writes nothing new
    await new Promise((r) => setTimeout(r, 300));
    expect(await stack.db.verdict.count({ where: { commentId: c.id } })).toBe(1);
  } finally {
    await w.close();
    await queue.close();
    await redis.quit();
  }
});

it('re-queues a comment that was committed but never enqueued', async () => {
  const c = await pendingComment('Lost between commit and enqueue.', new Date(Date.now() - 120_000));
  const { startWorker } = await import('../../workers/moderation.worker');
  const { createLogger } = await import('../../src/logger');
  const w = startWorker(stack.config, createLogger('silent', 't'));
  try {
    const r = await w.reconcile();
    expect(r.found).toBeGreaterThanOrEqual(1);
    const decided = await eventually(async () => {
      const row = await stack.db.comment.findUniqueOrThrow({ where: { id: c.id } });
      return row.status === 'pending' ? undefined : row;
    });
    expect(decided.status).toBe('approved');
  } finally {
    await w.close();
  }
});

it("reads in one batch the thread's other participants, the author's active block and the site's webhooks", async () => {
  const { moderateComments } = await import('../../src/comments/moderateComment');
  const { createEngine } = await import('../../src/moderation');
  const { loadPolicy } = await import('../../src/policy/loadPolicy');
  const engine = createEngine(loadPolicy(stack.config.POLICY_FILE));
  const [site, quietSite, threadId] = [uid('site'), uid('site'), uid('t')];
  const [sirvart, writer, blocked] = [uid('a'), uid('a'), uid('a')];
  for (const id of [sirvart, writer, blocked]) await stack.db.author.create({ data: { id } });
  await stack.db.block.create({ data: { authorId: blocked, reason: 'spam run', createdBy: 'admin-test' } });
  await stack.db.webhook.create({ data: { site, url: 'http://127.0.0.1:9/hook', secret: 's' } });
  const post = (authorId: string, authorName: string, text: string, onSite = site) =>
    stack.db.comment.create({ data: { site: onSite, externalId: uid(), authorId, authorName, text, threadId } });
  await post(sirvart, 'Sirvart', 'Thank you for the report.');
  const accusation = 'Sirvart is a liar and a fraud.';
  const byWriter = await post(writer, 'Writer', accusation);
  const bySirvart = await post(sirvart, 'Sirvart', accusation);
  const byBlocked = await post(blocked, 'Blocked', 'Thank you for the report.', quietSite);

  const [w, s, b] = await moderateComments({ db: stack.db, engine }, [byWriter.id, bySirvart.id, byBlocked.id]);
  const decided = (o: unknown) => o as Extract<Awaited<ReturnType<typeof moderateComments>>[number], { kind: 'decided' }>;
  // Sirvart took part in the thread: naming her is aimed at a participant.
  expect(decided(w).verdict.categories).toContain('personal_attack');
  // Her own name is not a participant of her own comment.
  expect(decided(s).verdict.categories).not.toContain('personal_attack');
  expect(decided(b).verdict).toMatchObject({ decision: 'reject', categories: ['author_blocked'] });
  expect(decided(w).siteHasWebhooks).toBe(true);
  expect(decided(b).siteHasWebhooks).toBe(false);
  const stored = await stack.db.comment.findMany({ where: { id: { in: [byWriter.id, byBlocked.id] } }, include: { verdict: true } });
  expect(stored.map((c) => [c.status, c.verdict?.decidedBy])).toEqual(expect.arrayContaining([['rejected', 'policy']]));
  expect(stored.every((c) => c.status !== 'pending' && c.decidedAt && c.verdict)).toBe(true);
});
