// Bearer-key authentication and role checks. An admin may do everything a moderator may.
import type { RequestHandler } from 'express';
import { AppError } from '../errors';
import type { Principal, Role } from '../keys/apiKeys';

declare module 'express-serve-static-core' {
  interface Request {
    principal?: Principal;
  }
}

export type KeyResolver = (raw: string) => Promise<Principal | null>;

const rank: Record<Role, number> = { site: 0, moderator: 1, admin: 2 };

export function authenticate(resolve: KeyResolver): RequestHandler {
  return async (req, _res, next) => {
    const header = req.get('authorization');
    const m = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!m) throw new AppError('unauthorized', 'Authorization: a "Bearer <key>" header is required');
    const principal = await resolve(m[1]!);
    if (!principal) throw new AppError('unauthorized', 'Authorization: the key is unknown or revoked');
    req.principal = principal;
    next();
  };
}

/**
 * Allows the given roles. `moderator` admits admins too; `site` admits only site keys, whose scope is
 * their own site's comments.
 */
export function allow(...roles: Role[]): RequestHandler {
  return (req, _res, next) => {
    const p = req.principal;
    if (!p) throw new AppError('unauthorized', 'Authorization: a "Bearer <key>" header is required');
    const ok = roles.some((r) => p.role === r || (r !== 'site' && p.role !== 'site' && rank[p.role] >= rank[r]));
    if (!ok) throw new AppError('forbidden', `this action needs the ${roles.join(' or ')} role; the key has ${p.role}`);
    next();
  };
}

export function principalOf(req: { principal?: Principal }): Principal {
  if (!req.principal) throw new AppError('unauthorized', 'Authorization: a "Bearer <key>" header is required');
  return req.principal;
}
