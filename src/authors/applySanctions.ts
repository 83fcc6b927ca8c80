// Use case: after a rejection, gather the author's record, ask the pure sanction ladder
// (src/moderation/sanctions.ts) whether it earns a block, and impose it with an audit event whose actor
// is the policy. Runs as a worker verdict hook and after a moderator's reject decision.
import { recordAudit } from '../audit/recordAudit';
import type { Db } from '../db/client';
import type { Block } from '../generated/prisma/client';
import type { Policy } from '../moderation';
import { couldSanction, decideSanction, type Sanction } from '../moderation/sanctions';

export interface SanctionDeps {
  db: Db;
  policy: Pick<Policy, 'id' | 'version' | 'sanctions'>;
  now?: () => Date;
}

const DAY = 86_400_000;

export async function applySanctions(deps: SanctionDeps, authorId: string): Promise<{ block: Block; sanction: Sanction } | null> {
  const now = deps.now?.() ?? new Date();
  const { policy } = deps;
  const since = new Date(now.getTime() - policy.sanctions.windowDays * DAY);
  // A cheap look first, without lock or transaction: most rejections are an author's first or second.
  // Safe under concurrency because the verdict is committed before this runs: of two rejections
  // decided at once, the later look sees both.
  const { rows } = await deps.db.sql.query<{ rejections: number; hasBlocks: boolean }>(
    `SELECT (SELECT count(*) FROM "Comment" c JOIN "Verdict" v ON v."commentId" = c.id
              WHERE c."authorId" = $1 AND c."createdAt" > $2 AND v.decision = 'reject')::int AS rejections,
            EXISTS (SELECT 1 FROM "Block" WHERE "authorId" = $1) AS "hasBlocks"`,
    [authorId, since],
  );
  if (!couldSanction(rows[0]!.rejections, rows[0]!.hasBlocks, policy.sanctions)) return null;
  return deps.db.$transaction(async (tx) => {
    // One evaluation per author at a time: two rejections moderated at once by different workers must
    // not both see "3 rejections, no block" and impose two blocks.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sanctions:${authorId}`}, 0))`;
    const rejected = await tx.comment.findMany({
      where: { authorId, createdAt: { gt: since }, verdict: { is: { decision: 'reject' } } },
      select: { id: true, createdAt: true, verdict: { select: { categories: true } } },
      orderBy: { createdAt: 'asc' },
      take: 1000,
    });
    const blocks = await tx.block.findMany({
      where: { authorId },
      orderBy: { createdAt: 'desc' },
      take: 100,
      select: { id: true, createdAt: true, expiresAt: true, liftedAt: true },
    });
    const sanction = decideSanction(
      { rejections: rejected.map((c) => ({ commentId: c.id, postedAt: c.createdAt, categories: c.verdict?.categories ?? [] })), blocks },
      policy.sanctions,
      now,
    );
    if (!sanction) return null;
    const block = await tx.block.create({
      data: { authorId, reason: sanction.reason, createdBy: 'policy', automatic: true, createdAt: now, expiresAt: sanction.expiresAt },
    });
    await recordAudit(
      tx,
      {
        actor: { type: 'policy', id: `${policy.id}@${policy.version}` },
        action: 'author.sanction',
        target: { type: 'author', id: authorId },
        reason: sanction.reason,
        data: { blockId: block.id, kind: sanction.kind, blockHours: sanction.blockHours, expiresAt: sanction.expiresAt.toISOString(), commentIds: sanction.commentIds },
      },
      now,
    );
    return { block, sanction };
  });
}
