import type { Policy } from './policySchema';

/**
 * The automatic sanction ladder, as a pure function: an author's facts, the policy's `sanctions` and the
 * current time in, a block to impose (or null) out. It enforces the policy's clause "blocking":
 * "Asbarez reserves the right to block users who violate any of our posting standards and policies."
 *
 * - A violation is a comment whose current verdict rejects it for what it says. A rejection a moderator
 *   later reversed (approved) is not one, and neither is a comment rejected only because its author was
 *   blocked (otherwise a block would feed itself).
 * - Violations count from the comment's own time (when it was posted) within the last `windowDays`,
 *   and only those posted after the author's latest block began: a block "uses up" the violations that
 *   earned it, so an expired block is not re-imposed by the same three comments.
 * - The ladder: the highest step whose `rejections` the count reaches gives the block's length.
 * - Repeat offence: a violation within `windowDays` after a block that ran its course (expired, not
 *   lifted by a person) gives `repeatOffenceBlockHours`. A block an admin lifted is a pardon: it still
 *   uses up the violations before it, but does not make the next one a repeat offence.
 */

export type SanctionsPolicy = Policy['sanctions'];

export interface AuthorRecord {
  /** Rejected comments of the author (any age; the function applies the window). */
  rejections: readonly { commentId: string; postedAt: Date; categories: readonly string[] }[];
  /** The author's blocks, any order, active or not. */
  blocks: readonly { id: string; createdAt: Date; expiresAt: Date | null; liftedAt: Date | null }[];
}

export interface Sanction {
  kind: 'ladder' | 'repeat_offence';
  blockHours: number;
  expiresAt: Date;
  /** The violations that earned it, oldest first. */
  commentIds: string[];
  /** For the block's reason and the audit trail: what rule of the policy applied. */
  reason: string;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const isActive = (b: AuthorRecord['blocks'][number], now: Date) =>
  b.liftedAt === null && (b.expiresAt === null || b.expiresAt.getTime() > now.getTime());

/**
 * A rejection for what the comment says; not one caused only by the author's block. A moderator's
 * rejection of a comment the engine found nothing in (no categories) is a violation too.
 */
export const isViolation = (r: { categories: readonly string[] }) =>
  !(r.categories.length > 0 && r.categories.every((c) => c === 'author_blocked'));

/**
 * Whether decideSanction could impose anything, from two cheap counts: an author without any block on
 * record needs at least the ladder's first step of rejections within the window. Conservative (it
 * counts every rejection, block-caused ones too), so a false answer is final.
 */
export function couldSanction(rejectionsInWindow: number, hasBlocks: boolean, policy: SanctionsPolicy): boolean {
  return hasBlocks || policy.ladder.some((s) => rejectionsInWindow >= s.rejections);
}

export function decideSanction(record: AuthorRecord, policy: SanctionsPolicy, now: Date): Sanction | null {
  // Already blocked: nothing to add (the block's own expiry is what the author serves).
  if (record.blocks.some((b) => isActive(b, now))) return null;

  const windowStart = now.getTime() - policy.windowDays * DAY;
  const latestBlock = [...record.blocks].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
  const countFrom = Math.max(windowStart, latestBlock ? latestBlock.createdAt.getTime() : -Infinity);
  const counted = record.rejections
    .filter((r) => isViolation(r) && r.postedAt.getTime() > countFrom && r.postedAt.getTime() <= now.getTime())
    .sort((a, b) => a.postedAt.getTime() - b.postedAt.getTime());
  if (!counted.length) return null;

  // Repeat offence: the latest block expired on its own within the window (a lifted block is a pardon).
  if (latestBlock && latestBlock.liftedAt === null && latestBlock.expiresAt !== null && latestBlock.expiresAt.getTime() > windowStart) {
    const hours = policy.repeatOffenceBlockHours;
    return {
      kind: 'repeat_offence',
      blockHours: hours,
      expiresAt: new Date(now.getTime() + hours * HOUR),
      commentIds: counted.map((r) => r.commentId),
      reason: `repeat offence: a rejected comment within ${policy.windowDays} days after a block ended; blocked ${hours} h (policy sanctions.repeatOffenceBlockHours, clause blocking)`,
    };
  }

  let step: SanctionsPolicy['ladder'][number] | undefined;
  for (const s of policy.ladder) if (counted.length >= s.rejections) step = s;
  if (!step) return null;
  return {
    kind: 'ladder',
    blockHours: step.blockHours,
    expiresAt: new Date(now.getTime() + step.blockHours * HOUR),
    commentIds: counted.map((r) => r.commentId),
    reason: `${counted.length} rejected comments within ${policy.windowDays} days (ladder step: ${step.rejections} rejections -> ${step.blockHours} h); blocked ${step.blockHours} h (policy sanctions, clause blocking)`,
  };
}
