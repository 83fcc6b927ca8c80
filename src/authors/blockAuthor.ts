// Use cases: an admin blocks an author (with a reason, for a time or until lifted) or lifts their blocks.
// The worker reads the active block when it moderates, so the author's next comment is rejected with
// `author_blocked` without being checked (src/moderation, clause "blocking").
import { actorOf, recordAudit } from '../audit/recordAudit';
import type { Db } from '../db/client';
import { notFound } from '../errors';
import type { Principal } from '../keys/apiKeys';
import { presentBlock } from './presentBlock';

export interface BlockInput {
  reason: string;
  /** Omitted: until an admin lifts it. */
  durationHours?: number | undefined;
}

export async function blockAuthor(db: Db, who: Principal, authorId: string, input: BlockInput, now = new Date()) {
  const expiresAt = input.durationHours === undefined ? null : new Date(now.getTime() + input.durationHours * 3_600_000);
  return db.$transaction(async (tx) => {
    // An admin may block someone before their first comment reaches Warden.
    await tx.author.upsert({ where: { id: authorId }, create: { id: authorId }, update: {} });
    const block = await tx.block.create({ data: { authorId, reason: input.reason, createdBy: who.keyId, createdAt: now, expiresAt } });
    await recordAudit(
      tx,
      {
        actor: actorOf(who),
        action: 'author.block',
        target: { type: 'author', id: authorId },
        reason: input.reason,
        data: { blockId: block.id, durationHours: input.durationHours ?? null, expiresAt: expiresAt?.toISOString() ?? null },
      },
      now,
    );
    return presentBlock(block, now);
  });
}

/** Lifts every active block of the author (manual and automatic); 404 when there is none. */
export async function unblockAuthor(db: Db, who: Principal, authorId: string, reason: string | undefined, now = new Date()) {
  return db.$transaction(async (tx) => {
    const active = await tx.block.findMany({
      where: { authorId, liftedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
      select: { id: true },
    });
    if (!active.length) throw notFound('active block for this author');
    const ids = active.map((b) => b.id);
    await tx.block.updateMany({ where: { id: { in: ids } }, data: { liftedAt: now, liftedBy: who.keyId } });
    await recordAudit(tx, { actor: actorOf(who), action: 'author.unblock', target: { type: 'author', id: authorId }, reason, data: { blockIds: ids } }, now);
    const lifted = await tx.block.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: 'asc' } });
    return { authorId, lifted: lifted.map((b) => presentBlock(b, now)) };
  });
}
