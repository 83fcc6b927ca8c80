// Use case: the worker moderates comments. Loads them with their authors' facts, runs the pure engine,
// and stores the verdicts idempotently: the verdict's comment id is unique and the insert skips
// duplicates, so a job that runs twice (at-least-once delivery, the reconciler, two workers) writes one
// verdict. The worker hands over the jobs that arrived within a few ms as one batch (one read, one
// write transaction for all of them), which is what keeps PostgreSQL off the critical path under load.
import type { Db } from '../db/client';
import type { Decision, Engine, Verdict } from '../moderation';
import type { CommentStatus } from '../generated/prisma/enums';

export const statusFor: Record<Decision, CommentStatus> = {
  approve: 'approved',
  flag: 'flagged',
  reject: 'rejected',
};

export interface ModerateDeps {
  db: Db;
  engine: Engine;
  now?: () => Date;
}

export type ModerateOutcome =
  | { kind: 'missing'; commentId: string }
  | { kind: 'already-decided'; commentId: string }
  | {
      kind: 'decided';
      commentId: string;
      site: string;
      authorId: string;
      createdAt: Date;
      verdict: Verdict;
      engineMicros: number;
      /** False when another run stored its verdict first (ours was discarded). */
      written: boolean;
      /** When the verdict was stored (Verdict.decidedAt): with the comment id it names this verdict. */
      decidedAt: Date;
      /** True when hooks run again for a verdict stored by an earlier attempt (see replayVerdict). */
      replay?: boolean;
      /**
       * Whether the comment's site had an active webhook when the batch was read. False lets the worker
       * skip publishing a webhook event nobody would receive; undefined (a replay) publishes anyway.
       */
      siteHasWebhooks?: boolean;
    };

/** Moderates one comment (a batch of one). */
export async function moderateComment(deps: ModerateDeps, commentId: string): Promise<ModerateOutcome> {
  const [outcome] = await moderateComments(deps, [commentId]);
  if (outcome instanceof Error) throw outcome;
  return outcome!;
}

/**
 * Moderates a batch: one read of the comments (and their authors' active blocks), one of the threads'
 * participants, the engine for each, then one transaction that inserts every verdict (skipping those
 * another run stored first) and moves exactly the comments whose verdict exists out of `pending`.
 * Returns one entry per id, in order: an outcome, or the Error that comment alone raised in the engine
 * (the others still get their verdicts). A failing read or write rejects the whole batch, so every job
 * in it is retried.
 */
export async function moderateComments(deps: ModerateDeps, commentIds: readonly string[]): Promise<Array<ModerateOutcome | Error>> {
  const { db, engine } = deps;
  const now = deps.now?.() ?? new Date();
  const ids = [...new Set(commentIds)];
  const rows = await db.comment.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      site: true,
      text: true,
      threadId: true,
      authorId: true,
      createdAt: true,
      verdict: { select: { id: true } },
      author: {
        select: {
          blocks: {
            where: { liftedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
            orderBy: { createdAt: 'desc' },
            take: 1,
            select: { id: true, reason: true, expiresAt: true },
          },
        },
      },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const undecided = rows.filter((r) => !r.verdict);
  const [participants, notified] = await Promise.all([threadParticipants(db, undecided), sitesWithWebhooks(db, undecided)]);

  const results = new Map<string, ModerateOutcome | Error>();
  const decided: Array<Extract<ModerateOutcome, { kind: 'decided' }>> = [];
  for (const id of ids) {
    const comment = byId.get(id);
    if (!comment) {
      results.set(id, { kind: 'missing', commentId: id });
      continue;
    }
    if (comment.verdict) {
      results.set(id, { kind: 'already-decided', commentId: id });
      continue;
    }
    try {
      const started = process.hrtime.bigint();
      const verdict = engine.moderate(
        comment.text,
        { activeBlock: comment.author.blocks[0] ?? null },
        { participants: participants.get(comment.id) ?? [] },
      );
      const engineMicros = Number((process.hrtime.bigint() - started) / 1000n);
      const outcome = {
        kind: 'decided' as const,
        commentId: id,
        site: comment.site,
        authorId: comment.authorId,
        createdAt: comment.createdAt,
        verdict,
        engineMicros,
        written: false,
        decidedAt: now,
        siteHasWebhooks: notified.has(comment.site),
      };
      decided.push(outcome);
      results.set(id, outcome);
    } catch (err) {
      results.set(id, err instanceof Error ? err : new Error(String(err)));
    }
  }

  if (decided.length) {
    const [inserted] = await db.$transaction([
      db.verdict.createManyAndReturn({
        data: decided.map((o) => ({
          commentId: o.commentId,
          decision: o.verdict.decision,
          engineDecision: o.verdict.decision,
          categories: o.verdict.categories,
          reasons: o.verdict.reasons as object[],
          policyVersion: o.verdict.policyVersion,
          decidedBy: 'policy' as const,
          engineMicros: o.engineMicros,
          decidedAt: now,
        })),
        skipDuplicates: true,
        select: { commentId: true },
      }),
      // The status follows whichever verdict now exists (ours, or one stored first by another run or a
      // moderator), and only a comment still pending moves: a human decision is never overwritten.
      // The CASE is statusFor in SQL.
      db.$executeRaw`
        UPDATE "Comment" AS c
        SET status = (CASE v.decision WHEN 'approve' THEN 'approved' WHEN 'flag' THEN 'flagged' ELSE 'rejected' END)::"CommentStatus",
            "decidedAt" = v."decidedAt",
            "updatedAt" = now()
        FROM "Verdict" AS v
        WHERE v."commentId" = c.id AND c.status = 'pending' AND c.id = ANY(${decided.map((o) => o.commentId)}::uuid[])`,
    ]);
    const written = new Set(inserted.map((v) => v.commentId));
    for (const o of decided) o.written = written.has(o.commentId);
  }
  // A comment named twice in one batch (a job and its stalled twin) is written once: only its first
  // entry reports `written`, so hooks run once.
  const seen = new Set<string>();
  return commentIds.map((id) => {
    const r = results.get(id)!;
    if (seen.has(id) && !(r instanceof Error) && r.kind === 'decided') return { ...r, written: false };
    seen.add(id);
    return r;
  });
}

/**
 * Names of the other people in each comment's thread, so "Sirvart is a liar" is seen as aimed at a
 * participant. One query for every thread in the batch.
 */
async function threadParticipants(
  db: Db,
  comments: ReadonlyArray<{ id: string; site: string; threadId: string | null; authorId: string }>,
): Promise<Map<string, string[]>> {
  const threaded = comments.filter((c) => c.threadId);
  const out = new Map<string, string[]>();
  if (!threaded.length) return out;
  const threads = [...new Map(threaded.map((c) => [`${c.site}\u0000${c.threadId}`, { site: c.site, threadId: c.threadId! }])).values()];
  const rows = await db.comment.findMany({
    where: { OR: threads, authorName: { not: null } },
    distinct: ['site', 'threadId', 'authorId', 'authorName'],
    select: { site: true, threadId: true, authorId: true, authorName: true },
    take: 200 * threads.length,
  });
  for (const c of threaded) {
    const names = new Set<string>();
    for (const r of rows) if (r.site === c.site && r.threadId === c.threadId && r.authorId !== c.authorId && r.authorName) names.add(r.authorName);
    out.set(c.id, [...names]);
  }
  return out;
}

/** The sites, among these comments', with at least one active webhook: one query per batch. */
async function sitesWithWebhooks(db: Db, comments: ReadonlyArray<{ site: string }>): Promise<Set<string>> {
  const sites = [...new Set(comments.map((c) => c.site))];
  if (!sites.length) return new Set();
  const rows = await db.webhook.findMany({ where: { site: { in: sites }, active: true }, distinct: ['site'], select: { site: true } });
  return new Set(rows.map((r) => r.site));
}
