// The shapes the moderation and administration endpoints accept. Strict objects, as in schemas.ts: an
// unknown field is refused, so a typo ("durationHour") is an error, not a silently permanent block.
import { z } from 'zod';
import { AUDIT_ACTIONS } from '../audit/recordAudit';
import { CATEGORIES } from '../moderation';
import { externalIdSchema, wellFormed } from './validate';

const text = (max: number) =>
  z
    .string()
    .refine(wellFormed, 'must be valid Unicode')
    .refine((t) => t.trim().length > 0, 'must not be empty')
    .refine((t) => t.length <= max, `must be at most ${max} characters`);

const limit = (max: number, dflt: number) => z.coerce.number().int('must be a whole number').min(1).max(max, `must be at most ${max}`).default(dflt);
const time = z
  .string()
  .refine((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date or time')
  .transform((s) => new Date(s));

export const MAX_BULK_DECISIONS = 500;

export const reportBody = z.strictObject({ reason: text(1000), reporterId: externalIdSchema.optional() });

export const queueQuery = z.strictObject({
  category: z.enum(CATEGORIES).optional(),
  threadId: externalIdSchema.optional(),
  site: externalIdSchema.optional(),
  cursor: z.uuid('must be a cursor from nextCursor').optional(),
  limit: limit(200, 50),
});

const decision = z.enum(['approve', 'reject']);
export const decisionBody = z.strictObject({ decision, reason: text(1000).optional(), note: text(2000).optional() });
export const bulkDecisionBody = z.strictObject({
  ids: z.array(z.uuid('must be a comment id (UUID)')).min(1, 'must name at least one comment').max(MAX_BULK_DECISIONS, `must name at most ${MAX_BULK_DECISIONS} comments`),
  decision,
  reason: text(1000).optional(),
  note: text(2000).optional(),
});

export const authorParam = z.strictObject({ authorId: externalIdSchema });
export const blockBody = z.strictObject({
  reason: text(1000),
  // Up to ten years; omit it for a block that lasts until an admin lifts it.
  durationHours: z.number().positive('must be more than 0').max(87_600, 'must be at most 87600 (ten years); omit it for no end').optional(),
});
export const unblockBody = z.strictObject({ reason: text(1000).optional() }).optional();

export const auditQuery = z.strictObject({
  action: z.enum(AUDIT_ACTIONS as [string, ...string[]]).optional(),
  actorType: z.enum(['site', 'moderator', 'admin', 'cli', 'policy']).optional(),
  actorId: z.string().min(1).max(200).optional(),
  targetType: z.enum(['comment', 'author', 'key', 'webhook']).optional(),
  targetId: z.string().min(1).max(200).optional(),
  since: time.optional(),
  until: time.optional(),
  cursor: z.uuid('must be a cursor from nextCursor').optional(),
  limit: limit(500, 100),
});

export const webhookBody = z.strictObject({
  url: z
    .string()
    .max(2000, 'must be at most 2000 characters')
    .refine((u) => URL.canParse(u) && ['http:', 'https:'].includes(new URL(u).protocol), 'must be an http or https URL')
    .refine((u) => !URL.canParse(u) || (!new URL(u).username && !new URL(u).password), 'must not contain credentials; the signature authenticates Warden'),
});
export const idParam = (what: string) => z.strictObject({ id: z.uuid(`must be a ${what} id (UUID)`) });

export const keyBody = z.strictObject({
  role: z.enum(['site', 'moderator', 'admin']),
  name: text(200),
  site: externalIdSchema.optional(),
});
