// The audit trail: who did what to which comment, author, key or webhook, when and why. Every human
// action and every automatic sanction writes one event, in the same transaction as the change itself,
// so the trail can neither miss a change nor record one that was rolled back.
import type { Db } from '../db/client';
import type { Principal } from '../keys/apiKeys';

/** A person holding a key, the command line, or the policy's sanction ladder. */
export type ActorType = 'site' | 'moderator' | 'admin' | 'cli' | 'policy';

export interface Actor {
  type: ActorType;
  /** The key id for API callers, the OS user for the CLI, the policy id and version for sanctions. */
  id: string;
}

export type AuditAction =
  | 'comment.report'
  | 'comment.decision'
  | 'author.block'
  | 'author.unblock'
  | 'author.sanction'
  | 'key.create'
  | 'key.revoke'
  | 'webhook.create'
  | 'webhook.delete';

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'comment.report',
  'comment.decision',
  'author.block',
  'author.unblock',
  'author.sanction',
  'key.create',
  'key.revoke',
  'webhook.create',
  'webhook.delete',
];

export interface AuditEntry {
  actor: Actor;
  action: AuditAction;
  target: { type: 'comment' | 'author' | 'key' | 'webhook'; id: string };
  reason?: string | null | undefined;
  data?: Record<string, unknown> | undefined;
}

/** Anything that can write audit rows: the client or an interactive transaction. */
export type AuditWriter = Pick<Db, 'auditEvent'>;

export const actorOf = (p: Principal): Actor => ({ type: p.role, id: p.keyId });

export async function recordAudit(db: AuditWriter, entry: AuditEntry, at?: Date): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorType: entry.actor.type,
      actorId: entry.actor.id,
      action: entry.action,
      targetType: entry.target.type,
      targetId: entry.target.id,
      reason: entry.reason ?? null,
      ...(entry.data ? { data: entry.data as object } : {}),
      ...(at ? { createdAt: at } : {}),
    },
  });
}
