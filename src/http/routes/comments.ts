// Submit and read comments. Routes stay a few lines: validate, call one use case, respond.
import { Router } from 'express';
import { presentComment } from '../../comments/presentComment';
import { getComment } from '../../comments/getComment';
import { submitComment, type SubmitInput } from '../../comments/submitComment';
import { allow, principalOf } from '../auth';
import type { ApiContext } from '../context';
import { submitCommentBody, uuidParam, waitQuery } from '../schemas';
import { parse } from '../validate';

export function commentRoutes(ctx: ApiContext): Router {
  const router = Router();
  const bodySchema = submitCommentBody(ctx.policy.limits.maxTextLength);
  const limits = ctx.limits;
  const admit = limits && ((c: SubmitInput) => limits.chargeAuthor(c.site, c.author.id));

  router.post('/comments', allow('site'), async (req, res) => {
    const body = parse(bodySchema, req.body);
    const { wait } = parse(waitQuery, req.query, 'query');
    const site = principalOf(req).site;
    const result = await submitComment(
      {
        db: ctx.db,
        queue: ctx.queue,
        insert: ctx.insertComment,
        onEnqueueError: (err, id) => req.log.warn({ err, commentId: id }, 'enqueue failed; the reconciler will retry'),
        ...(admit ? { admit } : {}),
      },
      { ...body, site, requestId: String(req.id) },
    );
    let comment = result.comment;
    if (comment.status === 'pending' && wait) {
      comment = (await waitForVerdict(ctx, comment.id, site, wait)) ?? comment;
    }
    res.status(comment.status === 'pending' ? 202 : 200).location(`/v1/comments/${comment.id}`).json(presentComment(comment));
  });

  router.get('/comments/:id', async (req, res) => {
    const { id } = parse(uuidParam, req.params, 'path');
    const comment = await getComment(ctx.db, principalOf(req), id);
    res.json(presentComment(comment));
  });

  return router;
}

async function waitForVerdict(ctx: ApiContext, id: string, site: string, ms: number) {
  const waiting = ctx.waiter.wait(id, ms);
  // The verdict may have landed before we started listening: look once before sleeping.
  const now = await getComment(ctx.db, { role: 'site', site }, id);
  if (now.status !== 'pending') {
    waiting.cancel();
    return now;
  }
  await waiting.done;
  return getComment(ctx.db, { role: 'site', site }, id);
}
