// The Prisma client, talking to PostgreSQL through node-postgres (@prisma/adapter-pg): no native
// query engine, so nothing is downloaded at install or run time.
//
// The same pool is also exposed as `db.sql` for the few statements every comment pays for (the API's
// insert, the worker's batch read and write): Prisma's query builder costs about a millisecond of CPU
// per query, which at a thousand comments a second is a core. Everything else uses Prisma.
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { PrismaClient } from '../generated/prisma/client';

export type Db = PrismaClient & {
  /** node-postgres pool shared with Prisma: parameterised SQL on the hot path only. */
  readonly sql: Pool;
};

export interface DbOptions {
  url: string;
  /** Fail a connection attempt after this long, so requests answer 503 instead of hanging. */
  connectTimeoutMs?: number;
  poolSize?: number;
}

export function createDb({ url, connectTimeoutMs = 1000, poolSize = 10 }: DbOptions): Db {
  const pool = new Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: connectTimeoutMs,
    idleTimeoutMillis: 30_000,
    // A dead server must not hold a request forever.
    statement_timeout: 15_000,
    query_timeout: 20_000,
  });
  // The adapter listens for idle-client errors (a restarted server) while Prisma is connected; this
  // one keeps such an error from crashing the process before that, or after $disconnect.
  pool.on('error', () => undefined);
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  // $disconnect ends the pool too, whether or not Prisma itself ever connected.
  const disconnect = client.$disconnect.bind(client);
  client.$disconnect = async () => {
    await disconnect();
    if (!pool.ended) await pool.end();
  };
  return Object.assign(client, { sql: pool });
}
