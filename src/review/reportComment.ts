// Use case: the site forwards a reader's report. An open report puts the comment in the review queue
// whatever its status, including approved: readers see what the rules missed.
import { actorOf, recordAudit } from '../audit/recordAudit';
import type { Db } from '../db/client';
import { notFound } from '../errors';
import type { Principal } from '../keys/apiKeys';

export interface ReportInput {
  reason: string;
  reporterId?: string | undefined;
}

export async function reportComment(db: Db, who: Principal, commentId: string, input: ReportInput) {
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.findUnique({ where: { id: commentId }, select: { site: true } });
    // Another site's comment is 404, not 403, as in getComment: ids of other sites are not disclosed.
    if (!comment || (who.role === 'site' && comment.site !== who.site)) throw notFound('comment');
    const report = await tx.report.create({ data: { commentId, reason: input.reason, reporterId: input.reporterId ?? null } });
    await recordAudit(tx, {
      actor: actorOf(who),
      action: 'comment.report',
      target: { type: 'comment', id: commentId },
      reason: input.reason,
      data: { reportId: report.id, reporterId: report.reporterId },
    });
    return presentReport(report);
  });
}

export function presentReport(r: { id: string; commentId: string; reason: string; reporterId: string | null; status: string; createdAt: Date; resolvedAt: Date | null; resolvedBy: string | null }) {
  return {
    id: r.id,
    commentId: r.commentId,
    reason: r.reason,
    reporterId: r.reporterId,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
    resolvedBy: r.resolvedBy,
  };
}
