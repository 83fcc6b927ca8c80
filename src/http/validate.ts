// Request validation with zod; the first problem becomes one error whose message names the field.
import { z } from 'zod';
import { AppError } from '../errors';

export function parse<T extends z.ZodType>(schema: T, value: unknown, where = 'body'): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.length ? issue.path.join('.') : where;
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  const message = missing ? `${field}: is required` : `${field}: ${issue.message}`;
  // A missing or mistyped field is a malformed request (400); a well-formed value we refuse is 422.
  // A malformed path is the client's addressing mistake, not a value to process: also 400.
  const code = issue.code === 'invalid_type' || issue.code === 'unrecognized_keys' || where === 'path' ? 'invalid_request' : 'unprocessable';
  throw new AppError(code, message, { field });
}

/**
 * Ids from the site: printable, bounded, no control characters and no lone surrogates (\p{Cs}: a
 * half of a UTF-16 pair that PostgreSQL cannot store). ':' and all-digit ids are fine: job ids derive
 * from Warden's own uuids, never from these.
 */
export const externalIdSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^[^\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]+$/u, 'must not contain control characters or invalid Unicode');

/**
 * Text must be valid Unicode that PostgreSQL can store: a lone surrogate cannot be stored or shown
 * safely, and a NUL character is refused by PostgreSQL's text type (it would surface as a 500).
 */
export const wellFormed = (s: string) => s.isWellFormed() && !s.includes('\u0000');
