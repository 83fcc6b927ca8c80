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
  const code = issue.code === 'invalid_type' || issue.code === 'unrecognized_keys' ? 'invalid_request' : 'unprocessable';
  throw new AppError(code, message, { field });
}

/** Ids from the site: printable, bounded, no control characters. ':' and all-digit ids are fine. */
export const externalIdSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+$/u, 'must not contain control characters');

/** Text must be valid Unicode: a lone surrogate cannot be stored or shown safely. */
export const wellFormed = (s: string) => s.isWellFormed();
