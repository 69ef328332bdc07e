/**
 * A per-client token bucket for the API: each client may spend `limitPerMinute` requests at once
 * and earns them back evenly over a minute. Time comes in as `nowMs` (milliseconds) so it is
 * testable; memory is bounded by `maxClients`, forgetting the least recently seen client first.
 */

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
export const DEFAULT_MAX_TRACKED_CLIENTS = 10_000;
const MINUTE_MS = 60_000;

export type RateLimitDecision =
  { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Spends one request for `clientKey` at `nowMs` and says whether it may go through. */
  take(clientKey: string, nowMs: number): RateLimitDecision;
  /** How many clients are remembered right now (for tests and monitoring). */
  trackedClients(): number;
}

interface Bucket {
  tokens: number;
  updatedAtMs: number;
}

/**
 * Creates a limiter. `limitPerMinute` ≤ 0 switches limiting off (benchmarks). A client unseen for a
 * minute has a full bucket again, so it is forgotten: remembering it would change nothing.
 */
export function createRateLimiter({
  limitPerMinute,
  maxClients = DEFAULT_MAX_TRACKED_CLIENTS,
}: {
  limitPerMinute: number;
  maxClients?: number;
}): RateLimiter {
  // Map iteration follows insertion order; re-inserting on every visit keeps it least-recent first.
  const buckets = new Map<string, Bucket>();
  const tokensPerMs = limitPerMinute / MINUTE_MS;

  function forgetIdleClients(nowMs: number) {
    for (const [key, bucket] of buckets) {
      if (nowMs - bucket.updatedAtMs < MINUTE_MS && buckets.size < maxClients) break;
      buckets.delete(key);
    }
  }

  return {
    take(clientKey, nowMs) {
      if (limitPerMinute <= 0) return { allowed: true, remaining: Number.POSITIVE_INFINITY };
      const previous = buckets.get(clientKey);
      buckets.delete(clientKey);
      forgetIdleClients(nowMs);
      const elapsedMs = previous ? Math.max(0, nowMs - previous.updatedAtMs) : MINUTE_MS;
      const tokens = Math.min(
        limitPerMinute,
        (previous?.tokens ?? limitPerMinute) + elapsedMs * tokensPerMs,
      );
      if (tokens >= 1) {
        buckets.set(clientKey, { tokens: tokens - 1, updatedAtMs: nowMs });
        return { allowed: true, remaining: Math.floor(tokens - 1) };
      }
      buckets.set(clientKey, { tokens, updatedAtMs: nowMs });
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / tokensPerMs / 1000)),
      };
    },
    trackedClients: () => buckets.size,
  };
}

/**
 * Reads `RATE_LIMIT_PER_MINUTE`: unset or not a whole number ≥ 0 gives the default (600 requests per
 * client per minute); `0` turns limiting off.
 */
export function parseRateLimitPerMinute(value: string | undefined): number {
  if (value === undefined || !/^\s*\d+\s*$/.test(value)) return DEFAULT_RATE_LIMIT_PER_MINUTE;
  return Number(value);
}
