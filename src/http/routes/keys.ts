// Who am I (any key), and API keys (admin). Key changes are audited like the CLI's.
import { Router } from 'express';
import { actorOf } from '../../audit/recordAudit';
import { listApiKeys } from '../../keys/apiKeys';
import { createKey, revokeKey } from '../../keys/manageKeys';
import { allow, principalOf } from '../auth';
import type { ApiContext } from '../context';
import { idParam, keyBody } from '../moderationSchemas';
import { parse } from '../validate';

export function keyRoutes(ctx: ApiContext): Router {
  const router = Router();
  const keyId = idParam('key');

  // The moderation page asks this to show the admin's controls only to admins.
  router.get('/me', (req, res) => {
    const p = principalOf(req);
    res.json({ keyId: p.keyId, name: p.name, role: p.role, site: p.role === 'site' ? p.site : null });
  });

  router.post('/keys', allow('admin'), async (req, res) => {
    const body = parse(keyBody, req.body);
    const created = await createKey(ctx.db, actorOf(principalOf(req)), body);
    res.status(201).location(`/v1/keys/${created.id}`).json(created);
  });

  router.get('/keys', allow('admin'), async (_req, res) => {
    const keys = await listApiKeys(ctx.db);
    res.json({
      items: keys.map((k) => ({
        ...k,
        prefix: `wdn_${k.prefix}_`,
        createdAt: k.createdAt.toISOString(),
        revokedAt: k.revokedAt?.toISOString() ?? null,
        lastUsedAt: k.lastUsedAt?.toISOString() ?? null,
      })),
    });
  });

  router.delete('/keys/:id', allow('admin'), async (req, res) => {
    const { id } = parse(keyId, req.params, 'path');
    res.json(await revokeKey(ctx.db, actorOf(principalOf(req)), id));
  });

  return router;
}
