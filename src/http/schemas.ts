// The shapes the API accepts. Strict objects: unknown keys (such as `status` or `verdict`) are
// refused, so a client can never assign what only the engine or a moderator decides.
import { z } from 'zod';
import { externalIdSchema, wellFormed } from './validate';

export const submitCommentBody = (maxTextLength: number) =>
  z.strictObject({
    externalId: externalIdSchema,
    author: z.strictObject({
      id: externalIdSchema,
      name: z.string().max(200, 'must be at most 200 characters').refine(wellFormed, 'must be valid Unicode').optional(),
    }),
    text: z
      .string()
      .refine(wellFormed, 'must be valid Unicode (no lone surrogates, no NUL)')
      .refine((t) => t.trim().length > 0, 'must not be empty')
      .refine((t) => t.length <= maxTextLength, `must be at most ${maxTextLength} characters (the policy's limit)`),
    threadId: externalIdSchema.optional(),
    parentId: externalIdSchema.optional(),
  });

export const waitQuery = z.object({
  wait: z.coerce.number().int('must be a whole number of milliseconds').min(0).max(10_000, 'must be at most 10000').optional(),
});

export const uuidParam = z.object({ id: z.uuid('must be a comment id (UUID)') });
