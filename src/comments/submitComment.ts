// Use case: the site submits a reader comment. The row is committed before we answer, the job is
// enqueued after; if enqueueing fails the comment stays pending and the worker's reconciler picks
// it up, so an accepted comment is never lost.
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { uuidv7 } from '../db/uuid';
import type { ModerationQueue } from '../queue';
import { commentWithVerdict, type CommentRow } from './presentComment';

export interface SubmitInput {
  site: string;
  externalId: string;
  author: { id: string; name?: string | undefined };
  text: string;
  threadId?: string | undefined;
  parentId?: string | undefined;
  requestId?: string | undefined;
}

export interface SubmitResult {
  comment: CommentRow;
  created: boolean;
  /** False when the row is stored but the queue could not be reached (the reconciler will enqueue). */
  enqueued: boolean;
}

export interface SubmitDeps {
  db: Db;
  queue: ModerationQueue;
  onEnqueueError?: (err: unknown, commentId: string) => void;
  /**
   * Admission of a new comment (the per-author rate limit): throws to refuse. A refused submission
   * whose externalId is already stored is answered as the replay it is, so a client's idempotent retry
   * never gets a 429.
   */
  admit?: (input: SubmitInput) => Promise<void>;
}

export async function submitComment(deps: SubmitDeps, input: SubmitInput): Promise<SubmitResult> {
  const { db } = deps;
  if (deps.admit) {
    try {
      await deps.admit(input);
    } catch (refused) {
      const existing = await findExisting(db, input);
      if (existing) return replay(deps, existing, input);
      throw refused;
    }
  }
  // Insert first, look only on conflict: a new comment (the common case) costs one statement.
  const comment = await insertComment(db, input);
  if (!comment) {
    // The externalId is taken: a retry, or a concurrent submission that won the race.
    const existing = await findExisting(db, input);
    if (!existing) throw new Error(`comment ${input.site}/${input.externalId} conflicted but cannot be read`);
    return replay(deps, existing, input);
  }
  const enqueued = await tryEnqueue(deps, comment.id, input.requestId);
  return { comment, created: true, enqueued };
}

interface InsertedRow {
  id: string;
  createdAt: Date;
}

/**
 * Stores the author (name updated when given) and the comment in one statement, so one round trip and
 * no explicit transaction (a single statement is atomic; the foreign key sees the author row the same
 * statement wrote). Plain SQL on db.sql rather than Prisma, which costs about a millisecond of CPU per
 * query: this is the one statement every accepted comment pays for. Returns null when (site,
 * externalId) is already stored.
 */
async function insertComment(db: Db, input: SubmitInput): Promise<CommentRow | null> {
  const id = uuidv7();
  const name = input.author.name ?? null;
  // Without a name the author row is only ensured; with one, the stored name follows the latest.
  const onAuthorConflict =
    input.author.name === undefined
      ? 'DO NOTHING'
      : 'DO UPDATE SET name = EXCLUDED.name, "updatedAt" = now() WHERE "Author".name IS DISTINCT FROM EXCLUDED.name';
  const { rows } = await db.sql.query<InsertedRow>(
    `WITH author AS (
       INSERT INTO "Author" (id, name, "createdAt", "updatedAt") VALUES ($1, $2, now(), now())
       ON CONFLICT (id) ${onAuthorConflict}
     )
     INSERT INTO "Comment" (id, site, "externalId", "authorId", "authorName", text, "threadId", "parentId", "requestId", "createdAt", "updatedAt")
     VALUES ($3::uuid, $4, $5, $1, $2, $6, $7, $8, $9, now(), now())
     ON CONFLICT (site, "externalId") DO NOTHING
     RETURNING id::text AS id, "createdAt"`,
    [input.author.id, name, id, input.site, input.externalId, input.text, input.threadId ?? null, input.parentId ?? null, input.requestId ?? null],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    site: input.site,
    externalId: input.externalId,
    authorId: input.author.id,
    authorName: name,
    text: input.text,
    threadId: input.threadId ?? null,
    parentId: input.parentId ?? null,
    status: 'pending',
    requestId: input.requestId ?? null,
    createdAt: row.createdAt,
    updatedAt: row.createdAt,
    decidedAt: null,
    verdict: null,
  };
}

function findExisting(db: Db, input: SubmitInput) {
  return db.comment.findUnique({
    where: { site_externalId: { site: input.site, externalId: input.externalId } },
    ...commentWithVerdict,
  });
}

async function replay(deps: SubmitDeps, existing: CommentRow, input: SubmitInput): Promise<SubmitResult> {
  // Idempotency, not an overwrite: the same externalId with other content is the client's mistake.
  if (existing.text !== input.text || existing.authorId !== input.author.id) {
    throw new AppError(
      'conflict',
      `externalId: "${input.externalId}" was already submitted with a different author or text`,
      { field: 'externalId' },
    );
  }
  // Still pending: enqueue again. The job id is the comment's, so this never makes a second job.
  const enqueued = existing.status === 'pending' ? await tryEnqueue(deps, existing.id, input.requestId) : true;
  return { comment: existing, created: false, enqueued };
}

async function tryEnqueue(deps: SubmitDeps, commentId: string, requestId?: string): Promise<boolean> {
  try {
    await deps.queue.enqueue({ commentId, ...(requestId ? { requestId } : {}) });
    return true;
  } catch (err) {
    deps.onEnqueueError?.(err, commentId);
    return false;
  }
}
