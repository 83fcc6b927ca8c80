// The Express application: middleware order, routes, and the one error handler.
import { randomUUID } from 'node:crypto';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { AppError } from '../errors';
import { authenticate } from './auth';
import { JSON_TYPES, requireJsonBody, verifyJsonBody } from './bodyGuard';
import type { ApiContext } from './context';
import { errorHandler, notFoundHandler } from './errorHandler';
import { adminDashboard } from './dashboard';
import { moderationPage } from './moderationPage';
import { auditRoutes } from './routes/audit';
import { authorRoutes } from './routes/authors';
import { commentRoutes } from './routes/comments';
import { keyRoutes } from './routes/keys';
import { metricsRoutes, observeRequests } from './metricsRoutes';
import { moderationRoutes } from './routes/moderation';
import { systemRoutes } from './routes/system';
import { webhookRoutes } from './routes/webhooks';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** Requests that need Redis answer 503 at once while it is down instead of hanging. */
function requireRedis(ctx: ApiContext): RequestHandler {
  return (_req, _res, next) => {
    if (ctx.redis.status !== 'ready') throw new AppError('unavailable', 'the queue (Redis) is unavailable; retry later');
    next();
  };
}

export function createApp(ctx: ApiContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  app.set('query parser', 'simple');
  app.use(helmet());
  app.use(observeRequests(ctx.metrics));
  app.use(
    pinoHttp({
      logger: ctx.logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('X-Request-Id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    }),
  );
  app.use(express.json({ limit: ctx.config.BODY_LIMIT, strict: true, type: JSON_TYPES, verify: verifyJsonBody }));

  app.use(systemRoutes(ctx));
  app.use(metricsRoutes(ctx.metrics));
  // The moderation page (its key travels in API calls) and the admins' queue dashboard (its own login).
  app.use(moderationPage());
  app.use(adminDashboard(ctx));
  const v1 = express.Router();
  v1.use(authenticate(ctx.resolveKey));
  if (ctx.limits) v1.use(ctx.limits.perKey);
  v1.use(requireJsonBody);
  v1.post('/comments', requireRedis(ctx));
  v1.use(commentRoutes(ctx));
  v1.use(moderationRoutes(ctx));
  v1.use(authorRoutes(ctx));
  v1.use(auditRoutes(ctx));
  v1.use(webhookRoutes(ctx));
  v1.use(keyRoutes(ctx));
  app.use('/v1', v1);

  app.use(notFoundHandler);
  app.use(errorHandler);
  return app;
}
