// The API's view of a comment: what the site and moderators see. One place, so every endpoint
// answers with the same shape.
import type { Prisma } from '../generated/prisma/client';

export const commentWithVerdict = {
  include: { verdict: true },
} satisfies Prisma.CommentDefaultArgs;

export type CommentRow = Prisma.CommentGetPayload<typeof commentWithVerdict>;

export interface ReasonView {
  rule: string;
  category: string;
  clause: string;
  severity?: string;
  excerpt: string;
  start: number;
  end: number;
}

export function presentComment(c: CommentRow) {
  return {
    id: c.id,
    externalId: c.externalId,
    site: c.site,
    status: c.status,
    author: { id: c.authorId, name: c.authorName },
    text: c.text,
    threadId: c.threadId,
    parentId: c.parentId,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    verdict: c.verdict
      ? {
          decision: c.verdict.decision,
          categories: c.verdict.categories,
          reasons: c.verdict.reasons as unknown as ReasonView[],
          policyVersion: c.verdict.policyVersion,
          decidedBy: c.verdict.decidedBy,
          decidedById: c.verdict.decidedById,
          decidedAt: c.verdict.decidedAt.toISOString(),
          engineDecision: c.verdict.engineDecision,
        }
      : null,
  };
}

export type CommentView = ReturnType<typeof presentComment>;
