import { expect, test } from '@playwright/test';
import { createPitch, expectSaved, goToStep, openLibrary } from './helpers';
import {
  nonceOf,
  pageLoadedScriptContaining,
  waitForServiceWorker,
  watchTraffic,
} from './quality-helpers';

test('after one visit, the library, a pitch, rehearsal and the PPTX export work with the network off', async ({
  page,
  context,
}) => {
  const traffic = watchTraffic(context);
  await openLibrary(page);
  await waitForServiceWorker(page);
  await createPitch(page, /Insurance: claims triage/);
  const pitchUrl = page.url();
  await page.getByLabel('Title').fill('Offline triage pitch');
  await expectSaved(page);
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Offline triage pitch' })).toBeVisible();

  await context.setOffline(true);

  const library = await page.reload();
  expect(library?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { name: 'Your pitches' })).toBeVisible();
  await page.getByRole('link', { name: 'Offline triage pitch' }).click();
  await expect(page).toHaveURL(pitchUrl);
  await expect(page.getByLabel('Title')).toHaveValue('Offline triage pitch');

  // The export's code is loaded on first click: it must come from the cache.
  await goToStep(page, 'Review');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PPTX' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pptx$/);
  const bytes = await file.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  });
  expect(bytes.subarray(0, 2).toString()).toBe('PK');

  await page.getByRole('link', { name: 'Rehearse' }).click();
  await expect(page).toHaveURL(/\/rehearse\?id=/);
  await expect(page.getByRole('heading', { level: 1, name: 'Rehearse' })).toBeVisible();
  await page.getByRole('button', { name: 'Show answer' }).click();
  await expect(page.getByRole('heading', { name: 'Answer' })).toBeVisible();

  expect(traffic.violations).toEqual([]);
  await context.setOffline(false);
});

test('a page replayed from the cache keeps the nonce its scripts were written with', async ({
  page,
  context,
}) => {
  await openLibrary(page);
  await waitForServiceWorker(page);
  const online = await page.reload();
  const onlineNonce = nonceOf(online?.headers()['content-security-policy']);

  await context.setOffline(true);
  const offline = await page.reload();
  expect(offline?.fromServiceWorker()).toBe(true);
  const offlineNonce = nonceOf(offline?.headers()['content-security-policy']);
  expect(offlineNonce).toBe(onlineNonce);
  // Scripts the HTML was written with carry its nonce; chunks Next.js loads later are inserted by
  // those trusted scripts ('strict-dynamic') and carry none.
  const scriptNonces = await page
    .locator('script[src]')
    .evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce).filter(Boolean));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([offlineNonce]));
  await expect(page.getByRole('heading', { name: 'Your pitches' })).toBeVisible();
  await context.setOffline(false);
});

test('the web app manifest describes an installable app', async ({ request }) => {
  const response = await request.get('/manifest.webmanifest');
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: Array<{ src: string; sizes: string }>;
  };
  expect(manifest).toMatchObject({
    name: 'One-Slide Pitch',
    start_url: '/',
    display: 'standalone',
  });
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok()).toBe(true);
});

test('with the service worker in control, advice runs in its Web Worker, online and offline', async ({
  page,
  context,
}) => {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await openLibrary(page);
  await waitForServiceWorker(page);
  await createPitch(page, /Insurance: claims triage/);

  for (const offline of [false, true]) {
    await context.setOffline(offline);
    // The reloaded page is served by the service worker, and so is the advice worker's script.
    await page.reload();
    await goToStep(page, 'Headline & Ask');
    await page.getByLabel('Headline').fill(offline ? 'Claims Update' : 'Permit Queue Update');
    await expect(page.locator('[data-rule="headline-not-claim"]')).toBeVisible();
    // The language libraries load in the worker only: never on the page's own thread.
    expect(await pageLoadedScriptContaining(page, 'compromise: Invalid tag')).toBe(false);
  }
  // Offline, only Next's link prefetches fail (they are never cached); the worker started cleanly.
  expect(consoleErrors.filter((text) => !text.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  await context.setOffline(false);
});

test('the first visit loads the page before the service worker downloads the rest of the app', async ({
  page,
  context,
}) => {
  const precached: string[] = [];
  context.on('request', (request) => {
    if (request.serviceWorker()) precached.push(request.url());
  });
  await openLibrary(page);
  // The library is on screen and nothing has been precached yet: the visit had the network.
  expect(precached).toEqual([]);
  await waitForServiceWorker(page);
  // Then the worker fetched the app for offline use, the export libraries included.
  expect(precached.length).toBeGreaterThan(20);
});
