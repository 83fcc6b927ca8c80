// Cheap refusals before a body costs anything: too deep, not UTF-8, not JSON. They run inside the JSON
// parser's `verify` hook, on the raw bytes, before JSON.parse builds a single object.
import { isUtf8 } from 'node:buffer';
import type { RequestHandler } from 'express';
import { AppError } from '../errors';

export const JSON_TYPES = ['application/json', 'application/*+json'];

/** No request Warden accepts nests deeper than 3; 32 leaves room and stops pathological bodies. */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * True when the JSON text nests objects/arrays deeper than `max`. Strings are skipped with the native
 * `indexOf`, so a long comment costs one memchr, not a JavaScript loop over its characters.
 */
export function nestsDeeperThan(buf: Uint8Array, max: number): boolean {
  let depth = 0;
  const n = buf.length;
  for (let i = 0; i < n; i++) {
    const c = buf[i]!;
    if (c === QUOTE) {
      // Find the closing quote: one not preceded by an odd run of backslashes.
      for (;;) {
        const q = buf.indexOf(QUOTE, i + 1);
        if (q < 0) return false; // unterminated: JSON.parse will refuse it
        let slashes = 0;
        for (let k = q - 1; k > i && buf[k] === BACKSLASH; k--) slashes++;
        i = q;
        if (slashes % 2 === 0) break;
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return false;
}

/** body-parser reports a throw from `verify` as 403 and keeps our `type`, which toAppError maps. */
function refusal(type: string, message: string): Error {
  return Object.assign(new Error(message), { type, expose: true });
}

/** RFC 8259: JSON exchanged between systems is UTF-8. */
export function verifyJsonBody(req: { headers: Record<string, string | string[] | undefined> }, _res: unknown, buf: Buffer): void {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(String(req.headers['content-type'] ?? ''))?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) throw refusal('charset.unsupported', 'content-type: the charset must be UTF-8');
  if (!isUtf8(buf)) throw refusal('entity.invalid.utf8', 'body: is not valid UTF-8');
  if (nestsDeeperThan(buf, MAX_JSON_DEPTH)) throw refusal('entity.too.deep', `body: nests deeper than ${MAX_JSON_DEPTH} levels`);
}

/** A body that is not JSON is refused with 415 rather than read as "no body" (a confusing 400). */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  if (req.is(JSON_TYPES) === false) {
    throw new AppError('unsupported_media_type', `content-type: must be application/json, not ${req.get('content-type') ?? 'missing'}`);
  }
  next();
};
