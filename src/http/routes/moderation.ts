// Reports (site), the review queue and decisions (moderator). Routes stay a few lines: validate, call
// one use case, respond.
import { Router } from 'express';
import { presentComment } from '../../comments/presentComment';
import { decideComment, decideMany, type DecideDeps } from '../../review/decideComment';
import { listReviewQueue } from '../../review/listReviewQueue';
import { reportComment } from '../../review/reportComment';
import { allow, principalOf } from '../auth';
import type { ApiContext } from '../context';
import { bulkDecisionBody, decisionBody, queueQuery, reportBody } from '../moderationSchemas';
import { uuidParam } from '../schemas';
import { parse } from '../validate';

export function moderationRoutes(ctx: ApiContext): Router {
  const router = Router();
  const decideDeps = (log: { warn: (o: object, msg: string) => void }): DecideDeps => ({
    db: ctx.db,
    policy: ctx.policy,
    webhooks: ctx.webhooks,
    onFollowUpError: (err, step, commentId) => log.warn({ err, step, commentId }, 'decision stored; a follow-up failed'),
  });

  router.post('/comments/:id/reports', allow('site'), async (req, res) => {
    const { id } = parse(uuidParam, req.params, 'path');
    const body = parse(reportBody, req.body);
    const report = await reportComment(ctx.db, principalOf(req), id, body);
    res.status(201).json(report);
  });

  router.get('/moderation/queue', allow('moderator'), async (req, res) => {
    const query = parse(queueQuery, req.query, 'query');
    res.json(await listReviewQueue(ctx.db, query));
  });

  router.post('/moderation/comments/:id/decision', allow('moderator'), async (req, res) => {
    const { id } = parse(uuidParam, req.params, 'path');
    const body = parse(decisionBody, req.body);
    const comment = await decideComment(decideDeps(req.log), principalOf(req), id, body);
    res.json(presentComment(comment));
  });

  router.post('/moderation/decisions', allow('moderator'), async (req, res) => {
    const { ids, ...decision } = parse(bulkDecisionBody, req.body);
    res.json(await decideMany(decideDeps(req.log), principalOf(req), ids, decision));
  });

  return router;
}
