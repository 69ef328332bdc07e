import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { createRequestLimiter } from './request-limiter';
import { RawConnection } from '@/test-support/raw-http';
import { startFrontDoor } from '@/test-support/front-door-server';

const PORT = 3213;
let clock = 1_700_000_000_000;
let door: Awaited<ReturnType<typeof startFrontDoor>> | undefined;

async function start(trustedProxies: number) {
  door = await startFrontDoor(PORT, {
    trustedProxies,
    limiter: createRequestLimiter({ limitPerMinute: 3, now: () => clock }),
  });
  return door;
}
afterEach(async () => {
  await door?.stop();
  door = undefined;
});
afterAll(async () => door?.stop());

async function post(headers: Record<string, string> = {}) {
  const connection = new RawConnection(PORT);
  await connection.writeHead('POST', '/api/validate', {
    'Content-Type': 'application/json',
    'Content-Length': 2,
    Connection: 'close',
    ...headers,
  });
  await connection.write('{}');
  return connection.answer;
}

describe('the API rate limit', () => {
  test('rotating X-Forwarded-For buys nothing: the connection is the client', async () => {
    await start(0);
    const statuses = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push((await post({ 'X-Forwarded-For': `203.0.113.${i}` })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
  });

  test('429 is JSON with Retry-After, and a minute later the client may go on', async () => {
    await start(0);
    for (let i = 0; i < 3; i += 1) await post();
    const refused = await post();
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('20');
    expect(JSON.parse(refused.body).error).toBe('Too many requests: try again in 20 s.');
    expect(refused.headers['content-security-policy']).toContain(`default-src 'none'`);
    clock += 60_000;
    expect((await post()).status).toBe(200);
  });

  test('behind one trusted proxy, forging a victim’s address to the left locks out only the forger', async () => {
    await start(1);
    for (let i = 0; i < 4; i += 1) await post({ 'X-Forwarded-For': '192.0.2.50, 198.51.100.66' });
    expect((await post({ 'X-Forwarded-For': '192.0.2.50, 198.51.100.66' })).status).toBe(429);
    expect((await post({ 'X-Forwarded-For': '192.0.2.50' })).status).toBe(200);
  });

  test('a client-sent x-client-address is overwritten with the real one', async () => {
    const { reached } = await start(0);
    await post({ 'X-Client-Address': '192.0.2.50' });
    expect(reached.at(-1)?.clientAddress).toBe('127.0.0.1');
  });
});
