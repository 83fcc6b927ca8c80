// Use case: what a moderator needs to judge an author: recent comments, violations (rejections not
// reversed) and every block with its reason.
import { commentWithVerdict, presentComment } from '../comments/presentComment';
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { isBlockActive, presentBlock } from './presentBlock';

const DAY = 86_400_000;

export async function getAuthorHistory(db: Db, authorId: string, windowDays: number, now = new Date(), limit = 50) {
  const author = await db.author.findUnique({ where: { id: authorId } });
  if (!author) throw notFound('author');
  const [comments, violations, blocks, totalComments] = await Promise.all([
    db.comment.findMany({ where: { authorId }, orderBy: { id: 'desc' }, take: limit, ...commentWithVerdict }),
    db.comment.findMany({
      where: { authorId, verdict: { is: { decision: 'reject', NOT: { categories: { equals: ['author_blocked'] } } } } },
      orderBy: { id: 'desc' },
      take: limit,
      select: { id: true, createdAt: true, text: true, verdict: { select: { categories: true, decidedBy: true, decidedAt: true } } },
    }),
    db.block.findMany({ where: { authorId }, orderBy: { createdAt: 'desc' }, take: limit }),
    db.comment.count({ where: { authorId } }),
  ]);
  const since = now.getTime() - windowDays * DAY;
  return {
    id: author.id,
    name: author.name,
    createdAt: author.createdAt.toISOString(),
    blocked: blocks.some((b) => isBlockActive(b, now)),
    blocks: blocks.map((b) => presentBlock(b, now)),
    violations: {
      windowDays,
      inWindow: violations.filter((v) => v.createdAt.getTime() > since).length,
      items: violations.map((v) => ({
        commentId: v.id,
        createdAt: v.createdAt.toISOString(),
        excerpt: v.text.length > 200 ? `${v.text.slice(0, 200)}…` : v.text,
        categories: v.verdict!.categories,
        decidedBy: v.verdict!.decidedBy,
        decidedAt: v.verdict!.decidedAt.toISOString(),
      })),
    },
    totalComments,
    comments: comments.map(presentComment),
  };
}
