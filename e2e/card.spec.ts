import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { createPitch, openLibrary } from './helpers';

/** Creates the claims example pitch and opens its card print view; returns the pitch id. */
async function openCardOfExample(page: import('@playwright/test').Page) {
  await openLibrary(page);
  await createPitch(page, /claims/i);
  const id = new URL(page.url()).searchParams.get('id');
  expect(id).toBeTruthy();
  await page.goto(`/card?id=${id}`);
  await expect(page.getByRole('heading', { name: 'Memorization card' })).toBeVisible();
  return id!;
}

test('the print view shows both sides of the card and prints them', async ({ page }) => {
  const id = await openCardOfExample(page);
  const front = page.getByRole('region', { name: 'Front of the card' });
  await expect(front).toContainText('Automating claims triage will cut settlement time by a third');
  await expect(front).toContainText('Approve $350K and two integration engineers from March');
  await expect(front).toContainText('21 to 14 days');
  const back = page.getByRole('region', { name: 'Back of the card' });
  await expect(back).toContainText('Our motor claims take 21 days');

  await page.getByRole('combobox', { name: 'Card back' }).selectOption('first-letters');
  await expect(back).toContainText('O m c t 21 d t s');
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Back to the pitch' })).toHaveAttribute(
    'href',
    `/pitch?id=${id}`,
  );
});

test('"Download card" saves the PDF card of the pitch', async ({ page }) => {
  await openCardOfExample(page);
  await page.getByRole('combobox', { name: 'Card paper' }).selectOption('a4');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download card' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('claims-triage-automation-card.pdf');
  const path = await file.path();
  const text = execFileSync('pdftotext', [path, '-']).toString('utf8').replace(/\s+/g, ' ');
  expect(text).toContain('Approve $350K and two integration engineers from March');
  expect(text).toContain('Cut along the marks');
});

test('the print view says so when the pitch is not in this browser', async ({ page }) => {
  await page.goto('/card?id=no-such-pitch');
  await expect(
    page.getByRole('alert').filter({ hasText: 'There is no pitch with this id' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the library' })).toBeVisible();
});
