// Authors: history (moderator), blocks (admin).
import { Router } from 'express';
import { blockAuthor, unblockAuthor } from '../../authors/blockAuthor';
import { getAuthorHistory } from '../../authors/getAuthorHistory';
import { allow, principalOf } from '../auth';
import type { ApiContext } from '../context';
import { authorParam, blockBody, unblockBody } from '../moderationSchemas';
import { parse } from '../validate';

export function authorRoutes(ctx: ApiContext): Router {
  const router = Router();

  router.get('/users/:authorId', allow('moderator'), async (req, res) => {
    const { authorId } = parse(authorParam, req.params, 'path');
    res.json(await getAuthorHistory(ctx.db, authorId, ctx.policy.sanctions.windowDays));
  });

  router.post('/users/:authorId/block', allow('admin'), async (req, res) => {
    const { authorId } = parse(authorParam, req.params, 'path');
    const body = parse(blockBody, req.body);
    res.status(201).json(await blockAuthor(ctx.db, principalOf(req), authorId, body));
  });

  router.delete('/users/:authorId/block', allow('admin'), async (req, res) => {
    const { authorId } = parse(authorParam, req.params, 'path');
    const body = parse(unblockBody, req.body ?? undefined);
    res.json(await unblockAuthor(ctx.db, principalOf(req), authorId, body?.reason));
  });

  return router;
}
