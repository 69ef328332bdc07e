import { describe, expect, test } from 'vitest';
import {
  createRateLimiter,
  DEFAULT_RATE_LIMIT_PER_MINUTE,
  parseRateLimitPerMinute,
} from './rate-limit';

const T0 = 1_700_000_000_000;

/** Sends `count` requests at the same instant and returns how many went through. */
function burst(
  limiter: ReturnType<typeof createRateLimiter>,
  key: string,
  count: number,
  nowMs = T0,
): number {
  let allowed = 0;
  for (let i = 0; i < count; i += 1) if (limiter.take(key, nowMs).allowed) allowed += 1;
  return allowed;
}

describe('token bucket', () => {
  test('a client may send its whole minute at once, and the next request is refused', () => {
    const limiter = createRateLimiter({ limitPerMinute: 10 });
    expect(burst(limiter, 'a', 10)).toBe(10);
    expect(limiter.take('a', T0)).toEqual({ allowed: false, retryAfterSeconds: 6 });
  });

  test('Retry-After is how long until one request is earned back, in whole seconds', () => {
    const limiter = createRateLimiter({ limitPerMinute: 600 }); // one request per 100 ms
    burst(limiter, 'a', 600);
    expect(limiter.take('a', T0)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(limiter.take('a', T0 + 100).allowed).toBe(true);
  });

  test('requests are earned back evenly: after 30 s, half the limit is available again', () => {
    const limiter = createRateLimiter({ limitPerMinute: 60 });
    burst(limiter, 'a', 60);
    expect(burst(limiter, 'a', 100, T0 + 30_000)).toBe(30);
  });

  test('a quiet client never saves up more than one minute of requests', () => {
    const limiter = createRateLimiter({ limitPerMinute: 5 });
    limiter.take('a', T0);
    expect(burst(limiter, 'a', 20, T0 + 3_600_000)).toBe(5);
  });

  test('one client running out does not slow another', () => {
    const limiter = createRateLimiter({ limitPerMinute: 3 });
    burst(limiter, 'a', 10);
    expect(burst(limiter, 'b', 3)).toBe(3);
  });

  test('a clock that goes backwards earns nothing and breaks nothing', () => {
    const limiter = createRateLimiter({ limitPerMinute: 2 });
    burst(limiter, 'a', 2);
    expect(limiter.take('a', T0 - 60_000).allowed).toBe(false);
  });

  test('a limit of 0 lets everything through and remembers nobody', () => {
    const limiter = createRateLimiter({ limitPerMinute: 0 });
    expect(burst(limiter, 'a', 10_000)).toBe(10_000);
    expect(limiter.trackedClients()).toBe(0);
  });
});

describe('bounded memory', () => {
  test('never remembers more than maxClients, forgetting the least recently seen', () => {
    const limiter = createRateLimiter({ limitPerMinute: 1, maxClients: 3 });
    for (const key of ['a', 'b', 'c']) limiter.take(key, T0);
    limiter.take('a', T0 + 1); // 'a' is now the most recent
    limiter.take('d', T0 + 2); // forgets 'b'
    expect(limiter.trackedClients()).toBe(3);
    expect(limiter.take('a', T0 + 3).allowed).toBe(false); // still remembered: still limited
    expect(limiter.take('b', T0 + 3).allowed).toBe(true); // forgotten: starts afresh
  });

  test('clients idle for a minute are forgotten, since their bucket is full again', () => {
    const limiter = createRateLimiter({ limitPerMinute: 5 });
    for (let i = 0; i < 1000; i += 1) limiter.take(`client-${i}`, T0);
    limiter.take('late', T0 + 60_000);
    expect(limiter.trackedClients()).toBe(1);
  });
});

describe('RATE_LIMIT_PER_MINUTE', () => {
  test.each([
    [undefined, DEFAULT_RATE_LIMIT_PER_MINUTE],
    ['', DEFAULT_RATE_LIMIT_PER_MINUTE],
    ['120', 120],
    [' 30 ', 30],
    ['0', 0],
    ['-5', DEFAULT_RATE_LIMIT_PER_MINUTE],
    ['1.5', DEFAULT_RATE_LIMIT_PER_MINUTE],
    ['lots', DEFAULT_RATE_LIMIT_PER_MINUTE],
  ])('%j gives %d', (value, expected) => {
    expect(parseRateLimitPerMinute(value)).toBe(expected);
  });
});
