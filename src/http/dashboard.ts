// The admins' queue dashboard (Bull Board) at /admin/queues. A browser cannot send a Bearer header when
// it follows a link, so an admin signs in once at /admin/login: the key is checked and kept in an
// HttpOnly, SameSite=Strict cookie scoped to /admin (8 hours). Every dashboard request re-resolves the
// key, so a revoked key stops working within the resolver's cache time. A Bearer header works too
// (curl). The Queue objects come from src/queue; bullmq itself is not imported here.
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import type { KeyResolver } from './auth';
import type { ApiContext } from './context';

export const DASHBOARD_PATH = '/admin/queues';
const COOKIE = 'warden_admin';
const COOKIE_MAX_AGE_S = 8 * 3600;

function cookieKey(req: Request): string | undefined {
  const header = req.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

function bearerKey(req: Request): string | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
  return m?.[1];
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function loginPage(res: Response, status: number, message?: string) {
  res
    .status(status)
    .type('html')
    .setHeader('Cache-Control', 'no-store')
    .send(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Warden · queue dashboard</title>
<link rel="stylesheet" href="/moderate/assets/moderate.css"></head>
<body><main><form class="card" id="login" method="post" action="/admin/login">
<h2>Queue dashboard</h2><p>Sign in with an admin key. It is kept in an HttpOnly cookie for this path only, for 8 hours.</p>
${message ? `<p class="login-error" role="alert">${escapeHtml(message)}</p>` : ''}
<label for="key">Admin key</label>
<input id="key" name="key" type="password" autocomplete="off" spellcheck="false" required>
<button type="submit">Open the dashboard</button>
</form></main></body></html>`);
}

/** Admits admins by cookie or Bearer header; a browser without one is sent to the login form. */
function requireAdmin(resolve: KeyResolver): RequestHandler {
  return async (req, res, next) => {
    const key = bearerKey(req) ?? cookieKey(req);
    const principal = key ? await resolve(key) : null;
    if (principal?.role === 'admin') return next();
    if (req.accepts(['json', 'html']) === 'html' && req.method === 'GET') return res.redirect(303, '/admin/login');
    const code = principal ? 'forbidden' : 'unauthorized';
    res.status(principal ? 403 : 401).json({ error: { code, message: principal ? 'the queue dashboard needs the admin role' : 'sign in at /admin/login with an admin key' } });
  };
}

export function adminDashboard(ctx: ApiContext): Router {
  const serverAdapter = new ExpressAdapter();
  serverAdapter.setBasePath(DASHBOARD_PATH);
  createBullBoard({
    queues: [new BullMQAdapter(ctx.queue.queue), new BullMQAdapter(ctx.webhooks.queue)],
    // @bull-board/express 9.10.1 carries its own copy of @bull-board/api 9.10.1 (we have 9.10.2): the
    // same interface at run time, but TypeScript sees two declarations of the adapter's private fields.
    serverAdapter: serverAdapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
    options: { uiConfig: { boardTitle: 'Warden queues' } },
  });

  const router = Router();
  router.get('/admin/login', (_req, res) => loginPage(res, 200));
  router.post('/admin/login', express.urlencoded({ extended: false, limit: '4kb' }), async (req, res) => {
    const key = typeof req.body?.key === 'string' ? req.body.key.trim() : '';
    const principal = key ? await ctx.resolveKey(key) : null;
    if (!principal) return loginPage(res, 401, 'That key is unknown or revoked.');
    if (principal.role !== 'admin') return loginPage(res, 403, `The queue dashboard needs an admin key; this one is ${principal.role}.`);
    const secure = req.secure ? '; Secure' : '';
    res.setHeader('Set-Cookie', `${COOKIE}=${encodeURIComponent(key)}; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=${COOKIE_MAX_AGE_S}${secure}`);
    res.redirect(303, `${DASHBOARD_PATH}/`);
  });
  router.post('/admin/logout', (_req, res) => {
    res.setHeader('Set-Cookie', `${COOKIE}=; Path=/admin; HttpOnly; SameSite=Strict; Max-Age=0`);
    res.redirect(303, '/admin/login');
  });
  router.use(DASHBOARD_PATH, requireAdmin(ctx.resolveKey), serverAdapter.getRouter());
  return router;
}
