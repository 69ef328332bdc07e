import { expect, test } from '@playwright/test';
import { createPitch, fixture, goToStep, openLibrary } from './helpers';
import { expectBaseSecurityHeaders, nonceOf, parsePolicy, watchTraffic } from './quality-helpers';

const PAGES = ['/', '/pitch?id=any', '/rehearse?id=any', '/card?id=any'];

for (const path of PAGES) {
  test(`${path} allows only scripts carrying this response's nonce`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.ok()).toBe(true);
    const headers = response.headers();
    expectBaseSecurityHeaders(headers);
    const policy = parsePolicy(headers['content-security-policy']);
    const scripts = policy.get('script-src') ?? [];
    expect(scripts).toContain(`'strict-dynamic'`);
    expect(scripts).not.toContain(`'unsafe-inline'`);
    expect(scripts).not.toContain(`'unsafe-eval'`);
    expect(policy.get('object-src')).toEqual([`'none'`]);
    expect(policy.get('base-uri')).toEqual([`'self'`]);
    expect(policy.get('connect-src')).toEqual([`'self'`]);
    expect(policy.get('form-action')).toEqual([`'self'`]);

    const nonce = nonceOf(headers['content-security-policy']);
    expect(nonce).toBeTruthy();
    const tags = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
  });
}

test('every page view gets a fresh nonce', async ({ request }) => {
  const first = nonceOf((await request.get('/')).headers()['content-security-policy']);
  const second = nonceOf((await request.get('/')).headers()['content-security-policy']);
  expect(first).not.toBe(second);
});

const pitch = fixture('good-claims-triage');
const apiCalls: Array<
  [string, string, { data?: unknown; headers?: Record<string, string> }, number]
> = [
  ['POST', '/api/validate', { data: pitch }, 200],
  ['POST', '/api/export/pptx', { data: pitch }, 200],
  ['POST', '/api/export/card', { data: pitch }, 200],
  [
    'POST',
    '/api/validate',
    { data: Buffer.from('{"format":'), headers: { 'content-type': 'application/json' } },
    400,
  ],
  ['GET', '/api/validate', {}, 405],
];

for (const [method, path, options, status] of apiCalls) {
  test(`${method} ${path} → ${status} carries the security headers`, async ({ request }) => {
    const response = await request.fetch(path, { method, ...options });
    expect(response.status()).toBe(status);
    const headers = response.headers();
    expectBaseSecurityHeaders(headers);
    expect(parsePolicy(headers['content-security-policy']).get('default-src')).toEqual([`'none'`]);
  });
}

test('a full session talks only to the app and never trips the CSP', async ({
  page,
  context,
  baseURL,
}) => {
  const traffic = watchTraffic(context);
  await openLibrary(page);
  await createPitch(page, /Insurance: claims triage/);
  await page.getByLabel('Title').fill('Claims triage for the board');
  await expect(page.getByRole('img', { name: 'Slide preview' })).toBeVisible();
  for (const step of ['Action', 'Outcome', 'Headline & Ask', 'Trace', 'Elevator pitch'])
    await goToStep(page, step);
  await page.getByRole('button', { name: 'Draft pitch' }).click();
  await page
    .getByRole('dialog', { name: 'Replace your edited pitch?' })
    .getByRole('button', { name: 'Replace' })
    .click();
  await goToStep(page, 'Review');

  for (const name of ['Download PPTX', 'Download card']) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name }).click();
    expect((await download).suggestedFilename()).toMatch(/\.(pptx|pdf)$/);
  }

  await page.getByRole('link', { name: 'Rehearse' }).click();
  await expect(page).toHaveURL(/\/rehearse\?id=/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page
    .getByRole('link', { name: /One-Slide Pitch/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Your pitches' })).toBeVisible();

  expect(traffic.requests.length).toBeGreaterThan(10);
  expect(traffic.foreign(new URL(baseURL!).origin)).toEqual([]);
  expect(traffic.violations).toEqual([]);
});
