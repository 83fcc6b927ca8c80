// Use case: the worker moderates comments. Loads them with their authors' facts, runs the pure engine,
// and stores the verdicts idempotently: the verdict's comment id is unique and the insert skips
// duplicates, so a job that runs twice (at-least-once delivery, the reconciler, two workers) writes one
// verdict. The worker hands over the jobs that arrived within a few ms as one batch (one read, one
// write transaction for all of them), which is what keeps PostgreSQL off the critical path under load.
import type { Db } from '../db/client';
import type { Decision, Engine, Verdict } from '../moderation';
import type { CommentStatus } from '../generated/prisma/enums';
import { uuidv7 } from '../db/uuid';

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
 * Moderates a batch: one read of the comments (with their authors' active blocks, their threads'
 * participants and whether their sites have a webhook), the engine for each, then one statement that
 * inserts every verdict (skipping those another run stored first) and moves exactly the comments whose
 * verdict exists out of `pending`. Returns one entry per id, in order: an outcome, or the Error that
 * comment alone raised in the engine (the others still get their verdicts). A failing read or write
 * rejects the whole batch, so every job in it is retried.
 *
 * Plain SQL on the pool Prisma shares (db.sql), not Prisma's query builder: these statements run for
 * every comment, and the builder's CPU cost per query is most of the worker's time otherwise.
 */
export async function moderateComments(deps: ModerateDeps, commentIds: readonly string[]): Promise<Array<ModerateOutcome | Error>> {
  const { db, engine } = deps;
  const now = deps.now?.() ?? new Date();
  const ids = [...new Set(commentIds)];
  const rows = await readBatch(db, ids, now);
  const byId = new Map(rows.map((r) => [r.id, r]));

  const results = new Map<string, ModerateOutcome | Error>();
  const decided: Array<Extract<ModerateOutcome, { kind: 'decided' }>> = [];
  for (const id of ids) {
    const comment = byId.get(id);
    if (!comment) {
      results.set(id, { kind: 'missing', commentId: id });
      continue;
    }
    if (comment.decided) {
      results.set(id, { kind: 'already-decided', commentId: id });
      continue;
    }
    try {
      const started = process.hrtime.bigint();
      const activeBlock = comment.blockId ? { id: comment.blockId, reason: comment.blockReason!, expiresAt: comment.blockExpiresAt } : null;
      const verdict = engine.moderate(comment.text, { activeBlock }, { participants: comment.participants });
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
        siteHasWebhooks: comment.siteHasWebhooks,
      };
      decided.push(outcome);
      results.set(id, outcome);
    } catch (err) {
      results.set(id, err instanceof Error ? err : new Error(String(err)));
    }
  }

  if (decided.length) {
    const written = await writeVerdicts(db, decided, now);
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

interface BatchRow {
  id: string;
  site: string;
  text: string;
  threadId: string | null;
  authorId: string;
  createdAt: Date;
  /** A verdict exists already. */
  decided: boolean;
  /** The author's latest active block, if any. */
  blockId: string | null;
  blockReason: string | null;
  blockExpiresAt: Date | null;
  /** The comment's site has an active webhook. */
  siteHasWebhooks: boolean;
  /**
   * Names of the other people in the comment's thread, so "Sirvart is a liar" is seen as aimed at a
   * participant: the authors of the thread's latest 500 comments (the cost stays bounded however long a
   * thread grows), without the comment's own author unless someone else wrote under the same name.
   */
  participants: string[];
}

/** The batch's comments with everything the engine and the hooks need, in one statement. */
async function readBatch(db: Db, ids: readonly string[], now: Date): Promise<BatchRow[]> {
  const { rows } = await db.sql.query<BatchRow>(
    `WITH batch AS (
       SELECT c.id, c.site, c.text, c."threadId", c."authorId", c."createdAt",
              EXISTS (SELECT 1 FROM "Verdict" v WHERE v."commentId" = c.id) AS decided
         FROM "Comment" c WHERE c.id = ANY($1::uuid[])
     ), names AS (
       SELECT t.site, t."threadId", r."authorName" AS name, count(DISTINCT r."authorId") AS authors, min(r."authorId") AS "someAuthor"
         FROM (SELECT DISTINCT site, "threadId" FROM batch WHERE "threadId" IS NOT NULL AND NOT decided) t
         CROSS JOIN LATERAL (
           SELECT "authorId", "authorName" FROM "Comment"
            WHERE site = t.site AND "threadId" = t."threadId" AND "authorName" IS NOT NULL
            ORDER BY "createdAt" DESC LIMIT 500
         ) r
        GROUP BY t.site, t."threadId", r."authorName"
     )
     SELECT c.id::text AS id, c.site, c.text, c."threadId", c."authorId", c."createdAt", c.decided,
            b.id::text AS "blockId", b.reason AS "blockReason", b."expiresAt" AS "blockExpiresAt",
            EXISTS (SELECT 1 FROM "Webhook" w WHERE w.site = c.site AND w.active) AS "siteHasWebhooks",
            ARRAY(SELECT n.name FROM names n
                   WHERE n.site = c.site AND n."threadId" = c."threadId" AND (n.authors > 1 OR n."someAuthor" <> c."authorId")
                   ORDER BY n.name) AS participants
       FROM batch c
       LEFT JOIN LATERAL (
         SELECT id, reason, "expiresAt" FROM "Block"
          WHERE "authorId" = c."authorId" AND "liftedAt" IS NULL AND ("expiresAt" IS NULL OR "expiresAt" > $2)
          ORDER BY "createdAt" DESC LIMIT 1
       ) b ON true`,
    [ids, now],
  );
  return rows;
}

/**
 * Inserts the verdicts and moves their comments out of `pending`, in one statement (atomic without an
 * explicit transaction). Returns the ids whose verdict this call wrote. The status follows whichever
 * verdict now exists (ours, or one stored first by another run or a moderator), and only a comment still
 * pending moves: a human decision is never overwritten. The CASE is statusFor in SQL.
 */
async function writeVerdicts(db: Db, decided: ReadonlyArray<Extract<ModerateOutcome, { kind: 'decided' }>>, now: Date): Promise<Set<string>> {
  const input = decided.map((o) => ({
    id: uuidv7(now.getTime()),
    commentId: o.commentId,
    decision: o.verdict.decision,
    categories: o.verdict.categories,
    reasons: o.verdict.reasons,
    policyVersion: o.verdict.policyVersion,
    engineMicros: o.engineMicros,
  }));
  const { rows } = await db.sql.query<{ commentId: string }>(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS x(id uuid, "commentId" uuid, decision "Decision", categories text[], reasons jsonb, "policyVersion" text, "engineMicros" int)
     ), inserted AS (
       INSERT INTO "Verdict" (id, "commentId", decision, "engineDecision", categories, reasons, "policyVersion", "decidedBy", "engineMicros", "decidedAt", "createdAt")
       SELECT id, "commentId", decision, decision, categories, reasons, "policyVersion", 'policy', "engineMicros", $2, now() FROM input
       ON CONFLICT ("commentId") DO NOTHING
       RETURNING "commentId", decision, "decidedAt"
     ), current AS (
       SELECT "commentId", decision, "decidedAt" FROM inserted
       UNION ALL
       SELECT v."commentId", v.decision, v."decidedAt" FROM "Verdict" v JOIN input i ON i."commentId" = v."commentId"
     ), moved AS (
       UPDATE "Comment" AS c
          SET status = (CASE v.decision WHEN 'approve' THEN 'approved' WHEN 'flag' THEN 'flagged' ELSE 'rejected' END)::"CommentStatus",
              "decidedAt" = v."decidedAt",
              "updatedAt" = now()
         FROM current AS v
        WHERE v."commentId" = c.id AND c.status = 'pending'
     )
     SELECT "commentId"::text AS "commentId" FROM inserted`,
    [JSON.stringify(input), now],
  );
  return new Set(rows.map((r) => r.commentId));
}
