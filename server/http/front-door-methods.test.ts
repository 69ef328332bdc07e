import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { RawConnection } from '@/test-support/raw-http';
import { startFrontDoor } from '@/test-support/front-door-server';

const PORT = 3212;
let door: Awaited<ReturnType<typeof startFrontDoor>>;

beforeAll(async () => {
  door = await startFrontDoor(PORT);
});
afterAll(() => door.stop());

async function ask(method: string, path: string) {
  const connection = new RawConnection(PORT);
  await connection.writeHead(method, path, { Connection: 'close' });
  const answer = await connection.answer;
  connection.close();
  return answer;
}

function expectSecurityHeaders(headers: Record<string, string>) {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['content-security-policy']).toContain(`default-src 'none'`);
  expect(headers['permissions-policy']).toContain('camera=()');
}

describe('methods the app does not answer', () => {
  test.each([
    ['TRACE', '/api/validate', 'OPTIONS, POST'],
    ['TRACE', '/', 'GET, HEAD, OPTIONS'],
    ['GET', '/api/validate', 'OPTIONS, POST'],
    ['DELETE', '/api/export/pptx', 'OPTIONS, POST'],
    ['PUT', '/api/export/card', 'OPTIONS, POST'],
    ['POST', '/pitch', 'GET, HEAD, OPTIONS'],
  ])('%s %s is 405 JSON with Allow: %s and the security headers', async (method, path, allow) => {
    const before = door.reached.length;
    const answer = await ask(method, path);
    expect(answer.status).toBe(405);
    expect(answer.headers['allow']).toBe(allow);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(JSON.parse(answer.body).error).toMatch(new RegExp(`^${method} is not allowed`));
    expectSecurityHeaders(answer.headers);
    expect(door.reached).toHaveLength(before);
  });

  test('GET /api/validate says how the endpoint is used', async () => {
    expect(JSON.parse((await ask('GET', '/api/validate')).body)).toEqual({
      error: 'GET is not allowed on /api/validate. POST a pitch file as JSON to get its advice.',
      issues: [],
    });
  });

  test('CONNECT is 405 too', async () => {
    const answer = await ask('CONNECT', '127.0.0.1:22');
    expect(answer.status).toBe(405);
    expect(answer.headers['allow']).toBe('GET, HEAD, OPTIONS');
    expectSecurityHeaders(answer.headers);
  });
});

describe('OPTIONS advertises only the methods that work', () => {
  test.each([
    ['/api/validate', 'OPTIONS, POST'],
    ['/api/export/card', 'OPTIONS, POST'],
    ['/', 'GET, HEAD, OPTIONS'],
  ])('OPTIONS %s is 204 with Allow: %s', async (path, allow) => {
    const answer = await ask('OPTIONS', path);
    expect(answer.status).toBe(204);
    expect(answer.headers['allow']).toBe(allow);
  });
});

describe('paths', () => {
  test('an API path with no endpoint is 404 JSON naming the endpoints', async () => {
    const answer = await ask('POST', '/api/export/slides');
    expect(answer.status).toBe(404);
    expect(JSON.parse(answer.body).error).toBe(
      'There is no API endpoint at /api/export/slides. The endpoints are: POST /api/validate, POST /api/draft, POST /api/export/pptx, POST /api/export/card, POST /api/export/portfolio.',
    );
    expectSecurityHeaders(answer.headers);
  });

  test('pages, HEAD included, and API POSTs reach the app, API answers with the security headers', async () => {
    expect((await ask('GET', '/rehearse?id=1')).status).toBe(200);
    expect((await ask('HEAD', '/')).status).toBe(200);
    const api = new RawConnection(PORT);
    await api.writeHead('POST', '/api/validate', {
      'Content-Type': 'application/json',
      'Content-Length': 2,
      Connection: 'close',
    });
    await api.write('{}');
    const answer = await api.answer;
    expect(answer.status).toBe(200);
    expectSecurityHeaders(answer.headers);
    expect(door.reached.slice(-3).map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET /rehearse?id=1',
      'HEAD /',
      'POST /api/validate',
    ]);
  });
});
