// Use case: the worker moderates one comment. Loads it with the author's facts, runs the pure engine,
// and stores the verdict idempotently: the verdict's comment id is unique and the insert skips
// duplicates, so a job that runs twice (at-least-once delivery, the reconciler) writes one verdict.
import type { Db } from '../db/client';
import type { Decision, Engine, Verdict } from '../moderation';
import type { CommentStatus } from '../generated/prisma/enums';

export const statusFor: Record<Decision, CommentStatus> = {
  approve: 'approved',
  flag: 'flagged',
  reject: 'rejected',
};

export interface ModerateDeps {
  db: Db;
  engine: Engine;
  now?: () => Date;
}

export type ModerateOutcome =
  | { kind: 'missing'; commentId: string }
  | { kind: 'already-decided'; commentId: string }
  | {
      kind: 'decided';
      commentId: string;
      site: string;
      authorId: string;
      createdAt: Date;
      verdict: Verdict;
      engineMicros: number;
      /** False when another run stored its verdict first (ours was discarded). */
      written: boolean;
    };

export async function moderateComment(deps: ModerateDeps, commentId: string): Promise<ModerateOutcome> {
  const { db, engine } = deps;
  const now = deps.now?.() ?? new Date();
  const comment = await db.comment.findUnique({
    where: { id: commentId },
    select: {
      id: true,
      site: true,
      text: true,
      threadId: true,
      authorId: true,
      createdAt: true,
      verdict: { select: { id: true } },
      author: {
        select: {
          blocks: {
            where: { liftedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
            orderBy: { createdAt: 'desc' },
            take: 1,
            select: { id: true, reason: true, expiresAt: true },
          },
        },
      },
    },
  });
  if (!comment) return { kind: 'missing', commentId };
  if (comment.verdict) return { kind: 'already-decided', commentId };

  const participants = comment.threadId ? await threadParticipants(db, comment.site, comment.threadId, comment.id, comment.authorId) : [];
  const started = process.hrtime.bigint();
  const verdict = engine.moderate(
    comment.text,
    { activeBlock: comment.author.blocks[0] ?? null },
    { participants },
  );
  const engineMicros = Number((process.hrtime.bigint() - started) / 1000n);

  const [inserted] = await db.$transaction([
    db.verdict.createMany({
      data: [
        {
          commentId,
          decision: verdict.decision,
          engineDecision: verdict.decision,
          categories: verdict.categories,
          reasons: verdict.reasons as object[],
          policyVersion: verdict.policyVersion,
          decidedBy: 'policy',
          engineMicros,
          decidedAt: now,
        },
      ],
      skipDuplicates: true,
    }),
    db.comment.updateMany({
      where: { id: commentId, status: 'pending' },
      data: { status: statusFor[verdict.decision], decidedAt: now },
    }),
  ]);
  return {
    kind: 'decided',
    commentId,
    site: comment.site,
    authorId: comment.authorId,
    createdAt: comment.createdAt,
    verdict,
    engineMicros,
    written: inserted.count === 1,
  };
}

/** Names of the other people in the thread, so "Sirvart is a liar" is seen as aimed at a participant. */
async function threadParticipants(db: Db, site: string, threadId: string, exceptId: string, authorId: string): Promise<string[]> {
  const rows = await db.comment.findMany({
    where: { site, threadId, id: { not: exceptId }, authorId: { not: authorId }, authorName: { not: null } },
    distinct: ['authorName'],
    select: { authorName: true },
    take: 200,
  });
  return rows.map((r) => r.authorName!).filter(Boolean);
}
