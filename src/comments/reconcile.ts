// Use case: find accepted comments that are still pending long after submission and put them back on
// the queue. This is what makes "never lose a comment" hold when the API crashed between commit and
// enqueue, a worker died mid-job, a job failed all its attempts, or Redis lost its data.
import type { Db } from '../db/client';

export interface ReconcileDeps {
  db: Db;
  /** Re-queues the comments; returns how many were actually (re)queued. */
  requeue(commentIds: string[]): Promise<number>;
  now?: () => Date;
}

export async function reconcilePending(deps: ReconcileDeps, olderThanMs: number, batch = 1000): Promise<{ found: number; requeued: number }> {
  const now = deps.now?.() ?? new Date();
  const stuck = await deps.db.comment.findMany({
    where: { status: 'pending', createdAt: { lt: new Date(now.getTime() - olderThanMs) } },
    orderBy: { createdAt: 'asc' },
    select: { id: true },
    take: batch,
  });
  if (!stuck.length) return { found: 0, requeued: 0 };
  const requeued = await deps.requeue(stuck.map((c) => c.id));
  return { found: stuck.length, requeued };
}
