import { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { createRateLimiter, type RateLimitDecision } from './rate-limit';

/**
 * The API's rate limit as the front door uses it: per client key, `limitPerMinute` requests a
 * minute. In one process it is the token bucket of rate-limit.ts; with `redisUrl` every replica
 * counts in the same Redis (rate-limiter-flexible), so a client gets the same limit however the load
 * balancer spreads its requests. When Redis cannot answer, each replica limits on its own (the
 * token bucket) and says so once in the log, until Redis is back: never a 5xx.
 */
export interface RequestLimiter {
  take(clientKey: string): Promise<RateLimitDecision>;
  /** Resolves true once the limit is shared (Redis connected), false if it is not within `timeoutMs`. */
  whenShared(timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface RequestLimiterOptions {
  limitPerMinute: number;
  redisUrl?: string;
  now?: () => number;
  log?: (message: string) => void;
}

export function createRequestLimiter({
  limitPerMinute,
  redisUrl,
  now = Date.now,
  log = console.warn,
}: RequestLimiterOptions): RequestLimiter {
  const local = createRateLimiter({ limitPerMinute });
  const takeLocally = async (key: string) => local.take(key, now());
  if (!redisUrl || limitPerMinute <= 0)
    return { take: takeLocally, whenShared: async () => false, close: async () => undefined };

  const redis = new Redis(redisUrl, {
    // A request never waits for Redis to come back: it is limited locally instead.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 500,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let down = false;
  const reportDown = (reason: string) => {
    if (down) return;
    down = true;
    log(
      `Rate limit: Redis at ${redactedUrl(redisUrl)} is unreachable (${reason}); each replica limits on its own until it is back.`,
    );
  };
  redis.on('error', (error: Error) => reportDown(error.message));
  redis.on('ready', () => {
    if (down) log('Rate limit: Redis is back; the limit is shared again.');
    down = false;
  });
  const shared = new RateLimiterRedis({
    storeClient: redis,
    points: limitPerMinute,
    duration: 60,
    keyPrefix: 'one-slide-pitch:api',
    rejectIfRedisNotReady: true,
  });

  return {
    async take(key) {
      try {
        const result = await shared.consume(key);
        return { allowed: true, remaining: result.remainingPoints };
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes)
          return {
            allowed: false,
            retryAfterSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)),
          };
        reportDown(outcome instanceof Error ? outcome.message : 'not ready');
        return takeLocally(key);
      }
    },
    whenShared: (timeoutMs) =>
      new Promise((resolve) => {
        if (redis.status === 'ready') return resolve(true);
        const timer = setTimeout(() => resolve(false), timeoutMs);
        redis.once('ready', () => {
          clearTimeout(timer);
          resolve(true);
        });
      }),
    async close() {
      redis.disconnect();
    },
  };
}

/** The URL without its password, for the log. */
function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'RATE_LIMIT_REDIS_URL';
  }
}
