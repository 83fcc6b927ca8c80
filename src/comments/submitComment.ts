// Use case: the site submits a reader comment. The row is committed before we answer, the job is
// enqueued after; if enqueueing fails the comment stays pending and the worker's reconciler picks
// it up, so an accepted comment is never lost.
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { Prisma } from '../generated/prisma/client';
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
   * Admission of a new comment (the per-author rate limit): throws to refuse. Called only once the
   * externalId is known to be new, so a client's idempotent retry is answered, never refused.
   */
  admit?: (input: SubmitInput) => Promise<void>;
}

const isUniqueViolation = (err: unknown) =>
  err instanceof Prisma.PrismaClientKnownRequestError && err.code === 'P2002';

export async function submitComment(deps: SubmitDeps, input: SubmitInput): Promise<SubmitResult> {
  const { db } = deps;
  const existing = await findExisting(db, input);
  if (existing) return replay(deps, existing, input);
  await deps.admit?.(input);

  let comment: CommentRow;
  try {
    [, comment] = await db.$transaction([
      db.author.upsert({
        where: { id: input.author.id },
        create: { id: input.author.id, name: input.author.name ?? null },
        update: input.author.name === undefined ? {} : { name: input.author.name },
      }),
      db.comment.create({
        data: {
          site: input.site,
          externalId: input.externalId,
          authorId: input.author.id,
          authorName: input.author.name ?? null,
          text: input.text,
          threadId: input.threadId ?? null,
          parentId: input.parentId ?? null,
          requestId: input.requestId ?? null,
        },
        ...commentWithVerdict,
      }),
    ]);
  } catch (err) {
    // A concurrent submission of the same externalId won the race: answer with its row.
    if (!isUniqueViolation(err)) throw err;
    const winner = await findExisting(db, input);
    if (!winner) throw err;
    return replay(deps, winner, input);
  }
  const enqueued = await tryEnqueue(deps, comment.id, input.requestId);
  return { comment, created: true, enqueued };
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
