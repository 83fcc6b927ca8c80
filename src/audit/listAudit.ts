// Use case: read the audit trail, newest first, filtered and paginated by cursor. Event ids are uuid v7
// (time-ordered), so "older than the cursor" is simply "id below the cursor": stable under inserts.
import type { Db } from '../db/client';
import type { Prisma } from '../generated/prisma/client';

export interface AuditFilter {
  action?: string | undefined;
  actorType?: string | undefined;
  actorId?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  since?: Date | undefined;
  until?: Date | undefined;
  cursor?: string | undefined;
  limit: number;
}

export async function listAudit(db: Db, f: AuditFilter) {
  const where: Prisma.AuditEventWhereInput = {
    ...(f.action ? { action: f.action } : {}),
    ...(f.actorType ? { actorType: f.actorType } : {}),
    ...(f.actorId ? { actorId: f.actorId } : {}),
    ...(f.targetType ? { targetType: f.targetType } : {}),
    ...(f.targetId ? { targetId: f.targetId } : {}),
    ...(f.since || f.until ? { createdAt: { ...(f.since ? { gte: f.since } : {}), ...(f.until ? { lt: f.until } : {}) } } : {}),
    ...(f.cursor ? { id: { lt: f.cursor } } : {}),
  };
  const rows = await db.auditEvent.findMany({ where, orderBy: { id: 'desc' }, take: f.limit + 1 });
  const page = rows.slice(0, f.limit);
  return {
    items: page.map((e) => ({
      id: e.id,
      action: e.action,
      actor: { type: e.actorType, id: e.actorId },
      target: { type: e.targetType, id: e.targetId },
      reason: e.reason,
      data: e.data,
      createdAt: e.createdAt.toISOString(),
    })),
    nextCursor: rows.length > f.limit ? page[page.length - 1]!.id : null,
  };
}
