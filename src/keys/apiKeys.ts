// API keys: `wdn_<prefix>_<secret>`. Only a SHA-256 hash is stored; the secret is 32 random bytes, so a
// fast hash is enough (no password-style stretching needed) and lookups stay cheap on the hot path.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/client';
import type { Role } from '../generated/prisma/enums';

export type { Role };
export const ROLES: readonly Role[] = ['site', 'moderator', 'admin'];

export interface Principal {
  keyId: string;
  name: string;
  role: Role;
  /** The site a site key acts for; its comments are the only ones it may touch. */
  site: string;
}

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function parseKey(raw: string): { prefix: string; secret: string } | null {
  const m = /^wdn_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/.exec(raw);
  return m ? { prefix: m[1]!, secret: raw } : null;
}

export async function createApiKey(
  // Only the apiKey delegate, so an interactive transaction can call it too (src/keys/manageKeys.ts).
  db: Pick<Db, 'apiKey'>,
  input: { role: Role; name: string; site?: string },
): Promise<{ id: string; key: string; role: Role; name: string; site: string | null }> {
  const prefix = randomBytes(9).toString('base64url').toLowerCase().replace(/[^a-z0-9]/g, '0').slice(0, 12);
  const key = `wdn_${prefix}_${randomBytes(32).toString('base64url')}`;
  const site = input.role === 'site' ? (input.site ?? input.name) : (input.site ?? null);
  const row = await db.apiKey.create({
    data: { name: input.name, role: input.role, site, prefix, hash: hashOf(key) },
  });
  return { id: row.id, key, role: row.role, name: row.name, site: row.site };
}

export async function listApiKeys(db: Db) {
  return db.apiKey.findMany({
    orderBy: { createdAt: 'asc' },
    select: { id: true, name: true, role: true, site: true, prefix: true, createdAt: true, revokedAt: true, lastUsedAt: true },
  });
}

export async function revokeApiKey(db: Db, id: string): Promise<boolean> {
  const res = await db.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
  return res.count === 1;
}

/**
 * Resolves a bearer key to its principal. Results are cached briefly per process so the submit path
 * does not pay a database round trip per request; a revoked key stops working within `ttlMs`.
 */
export function createKeyResolver(db: Db, ttlMs = 10_000, now: () => number = Date.now) {
  const cache = new Map<string, { principal: Principal | null; until: number }>();
  return async function resolve(raw: string): Promise<Principal | null> {
    const parsed = parseKey(raw);
    if (!parsed) return null;
    const hit = cache.get(raw);
    if (hit && hit.until > now()) return hit.principal;
    const row = await db.apiKey.findUnique({ where: { prefix: parsed.prefix } });
    let principal: Principal | null = null;
    if (row && !row.revokedAt) {
      const a = Buffer.from(row.hash, 'hex');
      const b = Buffer.from(hashOf(raw), 'hex');
      if (a.length === b.length && timingSafeEqual(a, b)) {
        principal = { keyId: row.id, name: row.name, role: row.role, site: row.site ?? row.name };
      }
    }
    if (cache.size > 10_000) cache.clear();
    cache.set(raw, { principal, until: now() + ttlMs });
    return principal;
  };
}
