// Use case: a moderator approves or rejects a comment. The verdict row is overwritten with the human
// decision (decidedBy moderator, decidedById = the key) while the engine's reasons and engineDecision
// are kept; every decision is also appended to ModerationDecision, resolves the open reports and is
// audited, all in one transaction. Then, outside it: a webhook event, and after a rejection the
// sanction ladder.
//
// A decision on a comment still pending is allowed: the human overrides the engine. The verdict row is
// created here, so the engine's later write (moderateComment: insert ... skip duplicates, status update
// only while pending) becomes a no-op and the human verdict stands.
import { applySanctions } from '../authors/applySanctions';
import { actorOf, recordAudit } from '../audit/recordAudit';
import { statusFor } from '../comments/moderateComment';
import { commentWithVerdict, type CommentRow } from '../comments/presentComment';
import type { Db } from '../db/client';
import { AppError, notFound } from '../errors';
import type { Principal } from '../keys/apiKeys';
import type { Policy } from '../moderation';
import { decisionEventId, type WebhookQueue } from '../queue';

export type HumanDecision = 'approve' | 'reject';

export interface DecisionInput {
  decision: HumanDecision;
  reason?: string | undefined;
  note?: string | undefined;
}

export interface DecideDeps {
  db: Db;
  policy: Pick<Policy, 'id' | 'version' | 'sanctions'>;
  webhooks?: Pick<WebhookQueue, 'publish'> | undefined;
  /** Failures after the decision was committed (webhook enqueue, sanctions): reported, not thrown. */
  onFollowUpError?: ((err: unknown, step: 'webhook' | 'sanctions', commentId: string) => void) | undefined;
  now?: () => Date;
}

export async function decideComment(deps: DecideDeps, who: Principal, commentId: string, input: DecisionInput): Promise<CommentRow> {
  const now = deps.now?.() ?? new Date();
  const { comment, decisionId } = await deps.db.$transaction(async (tx) => {
    // Row lock: concurrent decisions on one comment apply one after the other, in a clear order.
    const locked = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM "Comment" WHERE id = ${commentId}::uuid FOR UPDATE`;
    if (!locked.length) throw notFound('comment');
    const previous = locked[0]!.status;
    // One statement (INSERT ... ON CONFLICT): safe against the engine writing its verdict concurrently.
    await tx.verdict.upsert({
      where: { commentId },
      create: {
        commentId,
        decision: input.decision,
        engineDecision: null,
        categories: [],
        reasons: [],
        policyVersion: deps.policy.version,
        decidedBy: 'moderator',
        decidedById: who.keyId,
        decidedAt: now,
      },
      update: { decision: input.decision, decidedBy: 'moderator', decidedById: who.keyId, decidedAt: now },
    });
    const decision = await tx.moderationDecision.create({
      data: { commentId, decision: input.decision, reason: input.reason ?? null, note: input.note ?? null, actorId: who.keyId, createdAt: now },
    });
    const resolved = await tx.report.updateMany({
      where: { commentId, status: 'open' },
      data: { status: 'resolved', resolvedAt: now, resolvedBy: who.keyId },
    });
    const comment = await tx.comment.update({
      where: { id: commentId },
      data: { status: statusFor[input.decision], decidedAt: now },
      ...commentWithVerdict,
    });
    await recordAudit(
      tx,
      {
        actor: actorOf(who),
        action: 'comment.decision',
        target: { type: 'comment', id: commentId },
        reason: input.reason,
        data: { decision: input.decision, previousStatus: previous, note: input.note ?? null, decisionId: decision.id, reportsResolved: resolved.count, authorId: comment.authorId },
      },
      now,
    );
    return { comment, decisionId: decision.id };
  });

  if (deps.webhooks) {
    await deps.webhooks
      .publish(decisionEventId(commentId, decisionId), { event: 'comment.decision', commentId, occurredAt: now.toISOString() })
      .catch((err) => deps.onFollowUpError?.(err, 'webhook', commentId));
  }
  // A moderator's rejection counts towards the ladder like the engine's. If this fails the next
  // rejection re-evaluates the whole record, so nothing is lost for good.
  if (input.decision === 'reject') {
    await applySanctions({ db: deps.db, policy: deps.policy, now: () => now }, comment.authorId).catch((err) =>
      deps.onFollowUpError?.(err, 'sanctions', commentId),
    );
  }
  return comment;
}

/** The bulk form: many comments, one decision. Unknown ids are listed, not fatal. */
export async function decideMany(deps: DecideDeps, who: Principal, ids: string[], input: DecisionInput) {
  const items: { id: string; status: string }[] = [];
  const notFoundIds: string[] = [];
  // A few at a time: fast enough for a page of the queue, gentle on the connection pool.
  const queue = [...new Set(ids)];
  const workers = Array.from({ length: Math.min(4, queue.length) }, async () => {
    for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
      try {
        const c = await decideComment(deps, who, id, input);
        items.push({ id: c.id, status: c.status });
      } catch (err) {
        if (err instanceof AppError && err.code === 'not_found') notFoundIds.push(id);
        else throw err;
      }
    }
  });
  await Promise.all(workers);
  const order = new Map(ids.map((id, i) => [id, i]));
  items.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { decision: input.decision, items, notFound: notFoundIds };
}
