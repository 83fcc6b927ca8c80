// Liveness, readiness and the published policy.
import { Router } from 'express';
import { publicPolicy } from '../../moderation';
import type { ApiContext } from '../context';

/** Resolves true when `p` settles fine within `ms`, false otherwise; never throws, never hangs. */
export async function answersWithin(p: () => Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  const check = p().then(() => true, () => false);
  try {
    return await Promise.race([check, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function systemRoutes(ctx: ApiContext): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const ms = ctx.config.DEPENDENCY_TIMEOUT_MS;
    const [postgres, redis] = await Promise.all([
      answersWithin(() => ctx.db.$queryRaw`SELECT 1`, ms),
      answersWithin(() => ctx.redis.ping(), ms),
    ]);
    const ready = postgres && redis;
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', postgres: postgres ? 'up' : 'down', redis: redis ? 'up' : 'down' });
  });
  router.get('/v1/policy', (_req, res) => {
    res.json(publicPolicy(ctx.policy));
  });
  return router;
}
