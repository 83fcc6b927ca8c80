// Use cases: a site registers, lists and removes its webhook endpoints. The signing secret is shown once,
// at registration. It is stored as is (not hashed) because Warden needs it to sign every delivery.
import { randomBytes } from 'node:crypto';
import { actorOf, recordAudit } from '../audit/recordAudit';
import type { Db } from '../db/client';
import { AppError, notFound } from '../errors';
import type { Principal } from '../keys/apiKeys';
import { privateUrlReason } from './publicAddress';

/** Enough for any real site (staging, production, a log sink); a bound keeps fan-out cheap. */
export const MAX_WEBHOOKS_PER_SITE = 10;

const present = (w: { id: string; site: string; url: string; active: boolean; createdAt: Date }) => ({
  id: w.id,
  site: w.site,
  url: w.url,
  active: w.active,
  createdAt: w.createdAt.toISOString(),
});

export async function registerWebhook(db: Db, who: Principal, url: string, opts: { allowPrivate: boolean }) {
  const refused = opts.allowPrivate ? null : privateUrlReason(url);
  if (refused) throw new AppError('unprocessable', `url: ${refused} (WEBHOOK_ALLOW_PRIVATE=true allows it)`, { field: 'url' });
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  return db.$transaction(async (tx) => {
    // Serialise registrations per site so the limit holds under concurrent requests.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`webhooks:${who.site}`}, 0))`;
    const count = await tx.webhook.count({ where: { site: who.site, active: true } });
    if (count >= MAX_WEBHOOKS_PER_SITE) {
      throw new AppError('unprocessable', `url: a site may register at most ${MAX_WEBHOOKS_PER_SITE} webhooks; delete one first`, { field: 'url' });
    }
    const row = await tx.webhook.create({ data: { site: who.site, url, secret } });
    await recordAudit(tx, { actor: actorOf(who), action: 'webhook.create', target: { type: 'webhook', id: row.id }, data: { site: who.site, url } });
    return { ...present(row), secret };
  });
}

export async function listWebhooks(db: Db, who: Principal) {
  const rows = await db.webhook.findMany({ where: { site: who.site, active: true }, orderBy: { createdAt: 'asc' } });
  return rows.map(present);
}

/** Deactivates (keeps the row, so deliveries already queued find it and stop). Another site's id is 404. */
export async function removeWebhook(db: Db, who: Principal, id: string) {
  return db.$transaction(async (tx) => {
    const res = await tx.webhook.updateMany({ where: { id, site: who.site, active: true }, data: { active: false } });
    if (res.count !== 1) throw notFound('webhook');
    await recordAudit(tx, { actor: actorOf(who), action: 'webhook.delete', target: { type: 'webhook', id } });
    const row = await tx.webhook.findUniqueOrThrow({ where: { id } });
    return present(row);
  });
}
