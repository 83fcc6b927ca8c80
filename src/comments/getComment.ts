// Use case: read one comment with its verdict. A site key sees only its own site's comments; for any
// other it gets 404, not 403, so ids of other sites are not disclosed.
import type { Db } from '../db/client';
import { notFound } from '../errors';
import type { Principal } from '../keys/apiKeys';
import { commentWithVerdict, type CommentRow } from './presentComment';

export async function getComment(db: Db, who: Pick<Principal, 'role' | 'site'>, id: string): Promise<CommentRow> {
  const comment = await db.comment.findUnique({ where: { id }, ...commentWithVerdict });
  if (!comment || (who.role === 'site' && comment.site !== who.site)) throw notFound('comment');
  return comment;
}
