// The Prisma client, talking to PostgreSQL through node-postgres (@prisma/adapter-pg): no native
// query engine, so nothing is downloaded at install or run time.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';

export type Db = PrismaClient;

export interface DbOptions {
  url: string;
  /** Fail a connection attempt after this long, so requests answer 503 instead of hanging. */
  connectTimeoutMs?: number;
  poolSize?: number;
}

export function createDb({ url, connectTimeoutMs = 1000, poolSize = 10 }: DbOptions): Db {
  const adapter = new PrismaPg({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    // A dead server must not hold a request forever.
    statement_timeout: 15_000,
    query_timeout: 20_000,
  });
  return new PrismaClient({ adapter });
}
