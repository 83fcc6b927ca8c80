// Use cases: create and revoke API keys with an audit event in the same transaction. The CLI calls them
// with the actor `cli`, the admin API with the admin's key. (createApiKey/revokeApiKey alone, without
// the trail, are for test fixtures.)
import { recordAudit, type Actor } from '../audit/recordAudit';
import type { Db } from '../db/client';
import { notFound } from '../errors';
import { createApiKey, type Role } from './apiKeys';

export async function createKey(db: Db, actor: Actor, input: { role: Role; name: string; site?: string | undefined }) {
  return db.$transaction(async (tx) => {
    const created = await createApiKey(tx, { role: input.role, name: input.name, ...(input.site ? { site: input.site } : {}) });
    await recordAudit(tx, {
      actor,
      action: 'key.create',
      target: { type: 'key', id: created.id },
      data: { role: created.role, name: created.name, site: created.site },
    });
    return created;
  });
}

/** 404 when there is no active key with that id. Other API processes stop accepting it within the resolver's cache time (10 s). */
export async function revokeKey(db: Db, actor: Actor, id: string, reason?: string) {
  return db.$transaction(async (tx) => {
    const res = await tx.apiKey.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
    if (res.count !== 1) throw notFound('active key');
    await recordAudit(tx, { actor, action: 'key.revoke', target: { type: 'key', id }, reason });
    const row = await tx.apiKey.findUniqueOrThrow({ where: { id } });
    return { id: row.id, name: row.name, role: row.role, site: row.site, revokedAt: row.revokedAt!.toISOString() };
  });
}
