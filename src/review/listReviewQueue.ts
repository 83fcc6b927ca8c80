// Use case: the moderators' review queue: comments the policy held (flagged) and comments with open
// reports, oldest first. Comment ids are uuid v7 (time-ordered), so the cursor is the last id seen and a
// page is "ids after the cursor": stable while new comments arrive.
import { presentComment } from '../comments/presentComment';
import type { Db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';
import { presentReport } from './reportComment';

export interface QueueFilter {
  category?: string | undefined;
  threadId?: string | undefined;
  site?: string | undefined;
  cursor?: string | undefined;
  limit: number;
}

/** The reports shown with each item; the count says how many there are in all. */
const REPORTS_SHOWN = 20;

export async function listReviewQueue(db: Db, f: QueueFilter) {
  const where: Prisma.CommentWhereInput = {
    AND: [
      { OR: [{ status: 'flagged' }, { reports: { some: { status: 'open' } } }] },
      f.category ? { verdict: { is: { categories: { has: f.category } } } } : {},
      f.threadId ? { threadId: f.threadId } : {},
      f.site ? { site: f.site } : {},
      f.cursor ? { id: { gt: f.cursor } } : {},
    ],
  };
  const rows = await db.comment.findMany({
    where,
    orderBy: { id: 'asc' },
    take: f.limit + 1,
    include: {
      verdict: true,
      reports: { where: { status: 'open' }, orderBy: { createdAt: 'asc' }, take: REPORTS_SHOWN },
      _count: { select: { reports: { where: { status: 'open' } } } },
    },
  });
  const page = rows.slice(0, f.limit);
  return {
    items: page.map((c) => ({
      ...presentComment(c),
      // Why it is here: held by the policy, reported by readers, or both.
      queuedFor: [...(c.status === 'flagged' ? ['flagged'] : []), ...(c._count.reports ? ['reported'] : [])],
      openReports: c._count.reports,
      reports: c.reports.map(presentReport),
    })),
    nextCursor: rows.length > f.limit ? page[page.length - 1]!.id : null,
  };
}
