import { afterAll, beforeAll, expect, test } from 'vitest';
import { createRequestLimiter } from './request-limiter';
import { startRedis } from '@/test-support/redis-server';

const REDIS_PORT = 3215;
let redis: Awaited<ReturnType<typeof startRedis>>;
const replicas: Array<ReturnType<typeof createRequestLimiter>> = [];
const logs: string[][] = [[], []];

beforeAll(async () => {
  redis = await startRedis(REDIS_PORT);
  for (let i = 0; i < 2; i += 1)
    replicas.push(
      createRequestLimiter({
        limitPerMinute: 3,
        redisUrl: redis.url,
        log: (m) => logs[i]!.push(m),
      }),
    );
  for (const replica of replicas) expect(await replica.whenShared(5000)).toBe(true);
});
afterAll(async () => {
  for (const replica of replicas) await replica.close();
  await redis.stop();
});

const allowed = async (replica: ReturnType<typeof createRequestLimiter>, key: string) =>
  (await replica.take(key)).allowed;

test('two replicas share one limit through Redis, and Redis going away costs no answer', async () => {
  const [a, b] = replicas as [
    ReturnType<typeof createRequestLimiter>,
    ReturnType<typeof createRequestLimiter>,
  ];
  // Spread over both replicas, the client still gets 3 requests a minute in all.
  const spread = [
    await allowed(a, 'client'),
    await allowed(b, 'client'),
    await allowed(a, 'client'),
    await allowed(b, 'client'),
  ];
  expect(spread).toEqual([true, true, true, false]);
  expect(await b.take('client')).toMatchObject({ allowed: false });
  expect(await allowed(b, 'another client')).toBe(true);

  await redis.stop();
  // Each replica now limits on its own: a fresh local minute, then 429 again; never an exception.
  const alone = [];
  for (let i = 0; i < 4; i += 1) alone.push(await allowed(a, 'client'));
  expect(alone).toEqual([true, true, true, false]);
  // Said once in the log of the replica that noticed, not once per request.
  expect(logs[0]).toHaveLength(1);
  expect(logs[0]![0]).toMatch(
    /^Rate limit: Redis at redis:\/\/127\.0\.0\.1:3215 is unreachable \(.+\); each replica limits on its own until it is back\.$/,
  );
});
