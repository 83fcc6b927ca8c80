// Use case: rebuild the "decided" outcome of a verdict the engine stored on an earlier attempt of the
// same job, so the worker can run its verdict hooks (webhook event, sanctions) again.
//
// Why: a job that stored its verdict and then failed in a hook (Redis hiccup while enqueuing the
// webhook, PostgreSQL gone during the sanction check) is retried by BullMQ, and the retry finds the
// verdict already there ('already-decided'). Without this, those hooks would never run for that verdict.
// Every hook must therefore be idempotent: the webhook event's job id names the verdict
// (`verdict-<commentId>-<decidedAt>`), and the sanction ladder re-reads the whole record.
import type { Db } from '../db/client';
import type { Verdict } from '../moderation';
import type { ModerateOutcome } from './moderateComment';

export async function replayVerdict(db: Db, commentId: string): Promise<Extract<ModerateOutcome, { kind: 'decided' }> | null> {
  const c = await db.comment.findUnique({
    where: { id: commentId },
    select: { site: true, authorId: true, createdAt: true, verdict: true },
  });
  // A moderator's verdict ran its own follow-ups when it was made (src/review/decideComment.ts).
  if (!c?.verdict || c.verdict.decidedBy !== 'policy') return null;
  const v = c.verdict;
  const verdict: Verdict = {
    decision: v.decision,
    categories: v.categories as Verdict['categories'],
    reasons: v.reasons as unknown as Verdict['reasons'],
    policyVersion: v.policyVersion,
  };
  return {
    kind: 'decided',
    commentId,
    site: c.site,
    authorId: c.authorId,
    createdAt: c.createdAt,
    verdict,
    engineMicros: v.engineMicros ?? 0,
    written: true,
    decidedAt: v.decidedAt,
    replay: true,
  };
}
