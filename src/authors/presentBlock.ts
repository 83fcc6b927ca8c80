// The API's view of a block, shared by the block endpoints, the author history and the review page.
import type { Block } from '../generated/prisma/client';

export const isBlockActive = (b: Pick<Block, 'liftedAt' | 'expiresAt'>, now: Date) =>
  b.liftedAt === null && (b.expiresAt === null || b.expiresAt.getTime() > now.getTime());

export function presentBlock(b: Block, now: Date) {
  return {
    id: b.id,
    authorId: b.authorId,
    reason: b.reason,
    automatic: b.automatic,
    createdBy: b.createdBy,
    createdAt: b.createdAt.toISOString(),
    expiresAt: b.expiresAt?.toISOString() ?? null,
    liftedAt: b.liftedAt?.toISOString() ?? null,
    liftedBy: b.liftedBy,
    active: isBlockActive(b, now),
  };
}
