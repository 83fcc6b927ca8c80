// Flood control from the policy's `rateLimits` (clause "blocking": the site's posting standards), in
// Redis so that every API process shares one count: per API key on every authenticated request, and per
// author on new comments (like Coral's one comment per few seconds per user). A replay of an already
// stored externalId is never charged, so a client's idempotent retry cannot earn a 429.
import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../errors';
import type { Metrics } from '../metrics';
import type { Policy } from '../moderation';
import type { Redis } from '../queue';
import { principalOf } from './auth';

export interface RateLimits {
  /** Charges one request to the caller's key; 429 `rate_limited` when over. */
  perKey: RequestHandler;
  /** Charges one new comment to the author (scoped to the site); throws 429 `rate_limited` when over. */
  chargeAuthor(site: string, authorId: string): Promise<void>;
}

type Limit = Policy['rateLimits']['perKey'];

/**
 * `prefix` is the queue's hash-tagged prefix (`{warden}`), so the limiter's keys land in the same Redis
 * Cluster slot as the queue's and tests with their own prefix never share counts.
 */
export function createRateLimits(redis: Redis, limits: Policy['rateLimits'], prefix: string, metrics?: Metrics): RateLimits {
  const limiter = (name: string, l: Limit) =>
    new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:rl:${name}`,
      points: l.points,
      duration: l.durationSeconds,
      // While Redis is down each process counts on its own rather than failing reads that need no Redis.
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ points: l.points, duration: l.durationSeconds }),
    });
  const perKey = limiter('key', limits.perKey);
  const perAuthor = limiter('author', limits.perAuthor);

  async function consume(l: RateLimiterRedis, key: string, what: 'key' | 'author', field: string) {
    try {
      await l.consume(key, 1);
    } catch (res) {
      if (!(res instanceof RateLimiterRes)) throw res;
      metrics?.rateLimited.inc({ limit: what });
      const retryAfterSeconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      throw new AppError('rate_limited', `${field}: too many requests; retry after ${retryAfterSeconds} s`, { field, retryAfterSeconds });
    }
  }

  return {
    perKey: async (req, _res, next) => {
      await consume(perKey, principalOf(req).keyId, 'key', 'authorization');
      next();
    },
    // Length-prefixed so that site "a:b" + author "c" and site "a" + author "b:c" stay apart.
    chargeAuthor: (site, authorId) => consume(perAuthor, `${site.length}:${site}:${authorId}`, 'author', 'author.id'),
  };
}
