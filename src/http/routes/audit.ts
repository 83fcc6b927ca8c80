// The audit trail (admin).
import { Router } from 'express';
import { listAudit } from '../../audit/listAudit';
import { allow } from '../auth';
import type { ApiContext } from '../context';
import { auditQuery } from '../moderationSchemas';
import { parse } from '../validate';

export function auditRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/audit', allow('admin'), async (req, res) => {
    res.json(await listAudit(ctx.db, parse(auditQuery, req.query, 'query')));
  });
  return router;
}
