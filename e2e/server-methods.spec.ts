import { expect, test } from '@playwright/test';
import { fixture } from './helpers';
import { expectBaseSecurityHeaders, parsePolicy } from './quality-helpers';

/** Issue 15, failures 3 and 8: methods the app does not answer, and what OPTIONS says. */

const refused: Array<[string, string, string]> = [
  ['TRACE', '/api/validate', 'OPTIONS, POST'],
  ['TRACE', '/api/export/pptx', 'OPTIONS, POST'],
  ['TRACE', '/', 'GET, HEAD, OPTIONS'],
  ['TRACE', '/pitch?id=any', 'GET, HEAD, OPTIONS'],
  ['GET', '/api/validate', 'OPTIONS, POST'],
  ['DELETE', '/api/validate', 'OPTIONS, POST'],
  ['PATCH', '/api/export/card', 'OPTIONS, POST'],
  ['POST', '/', 'GET, HEAD, OPTIONS'],
];

for (const [method, path, allow] of refused) {
  test(`${method} ${path} is 405 JSON with Allow: ${allow} and the security headers`, async ({
    request,
  }) => {
    const response = await request.fetch(path, { method });
    expect(response.status()).toBe(405);
    const headers = response.headers();
    expect(headers['allow']).toBe(allow);
    expect(headers['content-type']).toBe('application/json');
    expectBaseSecurityHeaders(headers);
    expect(parsePolicy(headers['content-security-policy']).get('default-src')).toEqual([`'none'`]);
    const body = (await response.json()) as { error: string; issues: unknown[] };
    expect(body.error).toMatch(new RegExp(`^${method} is not allowed`));
    expect(body.issues).toEqual([]);
  });
}

for (const [path, allow] of [
  ['/api/validate', 'OPTIONS, POST'],
  ['/api/export/pptx', 'OPTIONS, POST'],
  ['/api/export/card', 'OPTIONS, POST'],
  ['/', 'GET, HEAD, OPTIONS'],
] as const) {
  test(`OPTIONS ${path} advertises only ${allow}, and each of them works`, async ({ request }) => {
    const response = await request.fetch(path, { method: 'OPTIONS' });
    expect(response.status()).toBe(204);
    expect(response.headers()['allow']).toBe(allow);
    for (const method of allow.split(', ')) {
      const answer = await request.fetch(path, {
        method,
        ...(method === 'POST' ? { data: fixture('good-claims-triage') } : {}),
      });
      expect(answer.status(), `${method} ${path}`).toBeLessThan(300);
    }
  });
}

test('an API path with no endpoint is 404 JSON', async ({ request }) => {
  const response = await request.post('/api/export/slides', { data: {} });
  expect(response.status()).toBe(404);
  expect(((await response.json()) as { error: string }).error).toMatch(
    /^There is no API endpoint at \/api\/export\/slides\./,
  );
  expectBaseSecurityHeaders(response.headers());
});
