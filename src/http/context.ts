// What the HTTP layer needs from the rest of Warden, passed in as plain values (no DI container).
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Db } from '../db/client';
import type { Policy } from '../moderation';
import type { ModerationQueue, Redis, VerdictWaiter } from '../queue';
import type { KeyResolver } from './auth';

export interface ApiContext {
  config: Config;
  db: Db;
  redis: Redis;
  queue: ModerationQueue;
  waiter: VerdictWaiter;
  policy: Policy;
  resolveKey: KeyResolver;
  logger: Logger;
}
