import { expect, test, type APIRequestContext } from '@playwright/test';
import { startRedis } from '../test-support/redis-server';
import { startAppServer } from './app-server';
import { fixture } from './helpers';

/**
 * Issue 15, failure 2: the API rate limit is keyed on who really sent the request, not on a
 * header the client writes, and replicas share it through Redis. Each test starts its own servers
 * with a limit (the suite's server has none).
 */
// Each test starts one or two production servers, which takes a while on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 180_000 });

/** What the running test started; stopped after it, also when it failed or timed out. */
const running: Array<{ stop: () => Promise<void> }> = [];
test.afterEach(async () => {
  for (const process of running.splice(0).reverse()) await process.stop();
});
async function started<T extends { stop: () => Promise<void> }>(process: Promise<T>): Promise<T> {
  const value = await process;
  running.push(value);
  return value;
}

const pitch = fixture('good-claims-triage');

async function statuses(
  request: APIRequestContext,
  urls: string[],
  forwardedFor: (i: number) => string | undefined,
) {
  const result = [];
  for (const [i, url] of urls.entries()) {
    const xff = forwardedFor(i);
    const response = await request.post(`${url}/api/validate`, {
      data: pitch,
      headers: xff ? { 'X-Forwarded-For': xff } : {},
    });
    result.push(response.status());
  }
  return result;
}

test('rotating X-Forwarded-For does not escape the limit: 3 answers, then 429', async ({
  request,
}) => {
  const server = await started(startAppServer(3216, { RATE_LIMIT_PER_MINUTE: '3' }));
  const urls = Array<string>(6).fill(server.baseURL);
  expect(await statuses(request, urls, (i) => `203.0.113.${i + 1}`)).toEqual([
    200, 200, 200, 429, 429, 429,
  ]);
  const refused = await request.post(`${server.baseURL}/api/validate`, { data: pitch });
  expect(refused.headers()['retry-after']).toMatch(/^\d+$/);
  expect(((await refused.json()) as { error: string }).error).toMatch(
    /^Too many requests: try again in \d+ s\.$/,
  );
});

test('behind a trusted proxy, forging a victim’s address does not lock the victim out', async ({
  request,
}) => {
  const server = await started(
    startAppServer(3216, { RATE_LIMIT_PER_MINUTE: '3', TRUSTED_PROXIES: '1' }),
  );
  const urls = Array<string>(5).fill(server.baseURL);
  // The attacker writes the victim's address; the proxy appends the attacker's real one.
  expect(await statuses(request, urls, () => '192.0.2.50, 198.51.100.66')).toEqual([
    200, 200, 200, 429, 429,
  ]);
  // The victim, as the proxy forwards it, still gets through.
  expect(await statuses(request, [server.baseURL], () => '192.0.2.50')).toEqual([200]);
});

test('a TRUSTED_PROXIES that is not a number stops the server with a message', async () => {
  await expect(startAppServer(3216, { TRUSTED_PROXIES: 'yes' })).rejects.toThrow(
    'TRUSTED_PROXIES must be the number of proxies in front of the app (0, 1, 2, ...), not "yes".',
  );
});

test('two replicas behind a load balancer share one limit through Redis', async ({ request }) => {
  const redis = await started(startRedis(3218));
  const env = { RATE_LIMIT_PER_MINUTE: '4', RATE_LIMIT_REDIS_URL: redis.url };
  const replicas = await Promise.all(
    [3216, 3217].map((port) => started(startAppServer(port, env))),
  );
  const urls = [0, 1, 0, 1, 0, 1].map((i) => replicas[i]!.baseURL);
  expect(await statuses(request, urls, () => undefined)).toEqual([200, 200, 200, 200, 429, 429]);
});
