// Use case: find accepted comments that are still pending long after submission and put them back on
// the queue. This is what makes "never lose a comment" hold when the API crashed between commit and
// enqueue, a worker died mid-job, a job failed all its attempts, or Redis lost its data. Re-queueing is
// always safe: job ids derive from comment ids and a verdict is unique per comment, so a comment queued
// twice or run by two workers still gets exactly one verdict.
import type { Db } from '../db/client';

export interface ReconcileDeps {
  db: Db;
  /** Re-queues the comments; returns how many were actually (re)queued. */
  requeue(commentIds: string[]): Promise<number>;
  now?: () => Date;
}

export interface ReconcileOptions {
  /** Comments per page (one query, one requeue call). */
  batch?: number;
  /** Pages per pass, so one pass after a long outage stays bounded; the next pass continues. */
  maxPages?: number;
}

export async function reconcilePending(
  deps: ReconcileDeps,
  olderThanMs: number,
  { batch = 1000, maxPages = 50 }: ReconcileOptions = {},
): Promise<{ found: number; requeued: number }> {
  const now = deps.now?.() ?? new Date();
  const before = new Date(now.getTime() - olderThanMs);
  let found = 0;
  let requeued = 0;
  // Keyset pagination on the (status, createdAt) index: a page never skips or repeats a comment, even
  // while the worker decides some of them under our feet.
  let after: { createdAt: Date; id: string } | undefined;
  for (let page = 0; page < maxPages; page++) {
    const stuck = await deps.db.comment.findMany({
      where: {
        status: 'pending',
        createdAt: { lt: before },
        ...(after ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : {}),
      },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, createdAt: true },
      take: batch,
    });
    if (!stuck.length) break;
    found += stuck.length;
    requeued += await deps.requeue(stuck.map((c) => c.id));
    if (stuck.length < batch) break;
    after = stuck[stuck.length - 1]!;
  }
  return { found, requeued };
}

/** When the oldest comment still waiting for a verdict was stored (the (status, createdAt) index). */
export async function oldestPendingAt(db: Db): Promise<Date | null> {
  const oldest = await db.comment.findFirst({ where: { status: 'pending' }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } });
  return oldest?.createdAt ?? null;
}
