// Use case: the site submits a reader comment. The row is committed before we answer, the job is
// enqueued after; if enqueueing fails the comment stays pending and the worker's reconciler picks
// it up, so an accepted comment is never lost.
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { uuidv7 } from '../db/uuid';
import { MicroBatcher } from '../lib/microBatcher';
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
  /** How new comments are stored (the API's batches them); one statement each by default. */
  insert?: CommentInserter;
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
  const comment = await (deps.insert ?? insertOne(db))(input);
  if (!comment) {
    // The externalId is taken: a retry, or a concurrent submission that won the race.
    const existing = await findExisting(db, input);
    if (!existing) throw new Error(`comment ${input.site}/${input.externalId} conflicted but cannot be read`);
    return replay(deps, existing, input);
  }
  const enqueued = await tryEnqueue(deps, comment.id, input.requestId);
  return { comment, created: true, enqueued };
}

/** Stores one new comment; null when (site, externalId) is already stored. */
export type CommentInserter = (input: SubmitInput) => Promise<CommentRow | null>;

/** One statement per comment: for scripts and tests; the API batches (createBatchedInserter). */
export const insertOne = (db: Db): CommentInserter => async (input) => {
  const [row] = await insertComments(db, [input]);
  if (row instanceof Error) throw row;
  return row ?? null;
};

/**
 * Gathers the comments whose requests arrived in the same turn of the event loop (up to `maxSize`) into
 * one insert: one statement and one commit for all of them instead of one each. Under light load a batch
 * is one comment and waits for nothing.
 */
export function createBatchedInserter(db: Db, maxSize = 64): CommentInserter {
  const batcher = new MicroBatcher<SubmitInput, CommentRow | null>((inputs) => insertComments(db, inputs), { maxSize, maxWaitMs: 0 });
  return (input) => batcher.add(input);
}

/**
 * Stores the authors (names updated when given) and the comments in one statement: one round trip and no
 * explicit transaction (a single statement is atomic; the foreign key sees the author rows the same
 * statement wrote). Plain SQL on db.sql rather than Prisma, which costs about a millisecond of CPU per
 * query: this is the statement every accepted comment pays for. Returns, per input, the stored row, null
 * when (site, externalId) was already stored, or the Error that input raised: when PostgreSQL refuses
 * the batch's data, each comment is tried on its own so one bad row never fails the others.
 */
export async function insertComments(db: Db, inputs: readonly SubmitInput[]): Promise<Array<CommentRow | null | Error>> {
  const rows = inputs.map((input) => ({
    id: uuidv7(),
    site: input.site,
    externalId: input.externalId,
    authorId: input.author.id,
    authorName: input.author.name ?? null,
    text: input.text,
    threadId: input.threadId ?? null,
    parentId: input.parentId ?? null,
    requestId: input.requestId ?? null,
  }));
  let stored: Map<string, Date>;
  try {
    stored = await insertRows(db, rows);
  } catch (err) {
    // The server refused something in the data: find which comment, so the others are stored. Anything
    // else (PostgreSQL unreachable, restarting) fails them all at once: trying each again would only make
    // the 503 slower.
    if (inputs.length === 1 || !refusedData(err)) return inputs.map(() => (err instanceof Error ? err : new Error(String(err))));
    return Promise.all(inputs.map((input) => insertComments(db, [input]).then(([r]) => r!)));
  }
  return rows.map((r) => {
    const createdAt = stored.get(r.id);
    if (!createdAt) return null;
    return { ...r, status: 'pending' as const, createdAt, updatedAt: createdAt, decidedAt: null, verdict: null };
  });
}

/** An error PostgreSQL answered with (a SQLSTATE), other than connection, resource or shutdown classes. */
function refusedData(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && !/^(08|53|57)/.test(code);
}

/**
 * The statement. Without a name an author row is only ensured; with one, the stored name follows the
 * latest. Rows go in key order (authors by id, comments by site and externalId) so two batches that
 * share keys lock them in the same order and cannot deadlock. Returns the ids stored, with their time.
 */
async function insertRows(db: Db, rows: readonly object[]): Promise<Map<string, Date>> {
  const { rows: inserted } = await db.sql.query<{ id: string; createdAt: Date }>(
    `WITH input AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
         i int, id uuid, site text, "externalId" text, "authorId" text, "authorName" text, text text, "threadId" text, "parentId" text, "requestId" text)
     ), author AS (
       INSERT INTO "Author" (id, name, "createdAt", "updatedAt")
       SELECT DISTINCT ON ("authorId") "authorId", "authorName", now(), now() FROM input
        ORDER BY "authorId", ("authorName" IS NULL), i DESC
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, "updatedAt" = now()
        WHERE EXCLUDED.name IS NOT NULL AND "Author".name IS DISTINCT FROM EXCLUDED.name
     )
     INSERT INTO "Comment" (id, site, "externalId", "authorId", "authorName", text, "threadId", "parentId", "requestId", "createdAt", "updatedAt")
     SELECT id, site, "externalId", "authorId", "authorName", text, "threadId", "parentId", "requestId", now(), now() FROM input
      ORDER BY site, "externalId", i
     ON CONFLICT (site, "externalId") DO NOTHING
     RETURNING id::text AS id, "createdAt"`,
    [JSON.stringify(rows.map((r, i) => ({ ...r, i })))],
  );
  return new Map(inserted.map((r) => [r.id, r.createdAt]));
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
