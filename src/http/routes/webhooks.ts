// A site's webhook endpoints (site keys, their own site only).
import { Router } from 'express';
import { listWebhooks, registerWebhook, removeWebhook } from '../../webhooks/manageWebhooks';
import { allow, principalOf } from '../auth';
import type { ApiContext } from '../context';
import { idParam, webhookBody } from '../moderationSchemas';
import { parse } from '../validate';

export function webhookRoutes(ctx: ApiContext): Router {
  const router = Router();
  const webhookId = idParam('webhook');

  router.post('/webhooks', allow('site'), async (req, res) => {
    const { url } = parse(webhookBody, req.body);
    const created = await registerWebhook(ctx.db, principalOf(req), url, { allowPrivate: ctx.config.WEBHOOK_ALLOW_PRIVATE });
    res.status(201).location(`/v1/webhooks/${created.id}`).json(created);
  });

  router.get('/webhooks', allow('site'), async (req, res) => {
    res.json({ items: await listWebhooks(ctx.db, principalOf(req)) });
  });

  router.delete('/webhooks/:id', allow('site'), async (req, res) => {
    const { id } = parse(webhookId, req.params, 'path');
    res.json(await removeWebhook(ctx.db, principalOf(req), id));
  });

  return router;
}
