import { parseTrustedProxies } from './client-address';
import { createFrontDoor, type AppHandler, type FrontDoor } from './front-door';
import { parseRateLimitPerMinute } from './rate-limit';
import { createRequestLimiter, type RequestLimiter } from './request-limiter';

/**
 * The front door as the server configures it from its environment (README: Running it):
 * `RATE_LIMIT_PER_MINUTE` (default 600, 0 = off), `TRUSTED_PROXIES` (default 0: the socket's
 * address is the client) and `RATE_LIMIT_REDIS_URL` (one limit shared by every replica).
 * server/main.mjs loads this file as built by scripts/build-front-door.mjs.
 */
export function createFrontDoorFromEnvironment(
  env: Record<string, string | undefined>,
  app: AppHandler,
): FrontDoor & { limiter: RequestLimiter; close(): Promise<void> } {
  const limiter = createRequestLimiter({
    limitPerMinute: parseRateLimitPerMinute(env.RATE_LIMIT_PER_MINUTE),
    redisUrl: env.RATE_LIMIT_REDIS_URL?.trim() || undefined,
  });
  const door = createFrontDoor({
    app,
    limiter,
    trustedProxies: parseTrustedProxies(env.TRUSTED_PROXIES),
  });
  return { ...door, limiter, close: () => limiter.close() };
}
