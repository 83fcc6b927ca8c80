// Every error becomes `{ "error": { "code", "message" } }` here and nowhere else. Clients see the 4xx
// they need and a clear 503 when a dependency is down; never a stack trace.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError } from '../errors';
import { Prisma } from '../generated/prisma/client';

interface HttpishError {
  type?: string;
  status?: number;
  statusCode?: number;
  code?: string;
  name?: string;
  message?: string;
}

const DEPENDENCY_DOWN_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);

/** Connection-level failures of Postgres or Redis: the client should retry later. */
export function isDependencyDown(err: unknown): boolean {
  if (err instanceof Prisma.PrismaClientInitializationError) return true;
  if (err instanceof Prisma.PrismaClientKnownRequestError) {
    // P2028: no connection to start a transaction within its wait (the pool is stuck on a dead server).
    if (['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028'].includes(err.code)) return true;
    // Raw queries report a dead server as P2010 with the driver adapter's error kind.
    const kind = (err.meta?.driverAdapterError as { cause?: { kind?: string } } | undefined)?.cause?.kind;
    if (kind && DEPENDENCY_DOWN_KINDS.has(kind)) return true;
  }
  const e = err as HttpishError & { cause?: unknown };
  // node-postgres (db.sql) reports the server's SQLSTATE: class 08 is a connection exception, 57P0x a
  // server shutting down, restarting or unable to accept connections.
  if (typeof e?.code === 'string' && /^(08|57P0)/.test(e.code)) return true;
  const text = `${e?.name ?? ''} ${e?.code ?? ''} ${e?.message ?? ''}`;
  if (/ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|Connection is closed|Stream isn't writeable|enableOfflineQueue|MaxRetriesPerRequest|Command timed out|Redis connection is not ready|connection timeout|Query read timeout|Connection terminated|timeout exceeded when trying to connect|DatabaseNotReachable|the database system is (starting up|shutting down)|terminating connection/i.test(text)) {
    return true;
  }
  return e?.cause ? isDependencyDown(e.cause) : false;
}

export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const e = err as HttpishError;
  // body-parser errors carry a `type`.
  if (e?.type === 'entity.too.large') return new AppError('payload_too_large', 'body: larger than the allowed size');
  if (e?.type === 'entity.parse.failed') return new AppError('invalid_request', 'body: is not valid JSON');
  if (e?.type === 'entity.too.deep' || e?.type === 'entity.invalid.utf8') return new AppError('invalid_request', e.message ?? 'body: refused');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') {
    return new AppError('unsupported_media_type', 'body: must be UTF-8 JSON');
  }
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    return new AppError('invalid_request', `request: ${e.message ?? 'invalid'}`);
  }
  if (isDependencyDown(err)) return new AppError('unavailable', 'a storage dependency (PostgreSQL or Redis) is unavailable; retry later');
  return new AppError('internal', 'internal error');
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const appErr = toAppError(err);
  if (appErr.status >= 500) req.log?.error({ err }, 'request failed');
  if (appErr.details?.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(appErr.details.retryAfterSeconds));
  if (appErr.code === 'unavailable') res.setHeader('Retry-After', '1');
  if (res.headersSent) return;
  res.status(appErr.status).json({ error: { code: appErr.code, message: appErr.message } });
};

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new AppError('not_found', `no route for ${req.method} ${req.path}`));
};
