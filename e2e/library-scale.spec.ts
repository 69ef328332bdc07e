import { expect, test, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { largeLibraryBackup } from '../test-support/large-library';
import { importFile, importFixture, openLibrary } from './helpers';

const rows = (page: Page) => page.getByRole('list', { name: 'Pitches' }).getByRole('listitem');

/** Makes this origin's storage quota what it uses now, as on a full disk: the next write fails. */
async function fillStorage(page: Page) {
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: usage });
}

test('with storage full, an import and a new pitch say so plainly and what to do, and nothing is lost', async ({ page }, info) => {
  await openLibrary(page);
  await importFixture(page, 'good-claims-triage');
  await expect(rows(page)).toHaveCount(1);
  const file = info.outputPath('backup-300.json');
  writeFileSync(file, largeLibraryBackup(300));
  await fillStorage(page);

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(file);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('“backup-300.json” could not be saved in this browser.');
  await expect(alert).toContainText('its storage for this site is full');
  await expect(alert).toContainText('Export JSON');
  await expect(alert).toContainText('Nothing was imported; your library is unchanged.');
  await expect(alert).not.toContainText('()');

  await page.getByRole('button', { name: 'New pitch' }).click();
  await page.getByRole('dialog', { name: 'New pitch' }).getByRole('button', { name: 'Blank pitch' }).click();
  await expect(page.getByRole('alert')).toContainText('The new pitch could not be saved in this browser. This browser has no room left to store it');
  await expect(page.getByRole('alert')).not.toContainText('()');
  await page.reload();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).getByRole('link', { name: 'Claims triage automation' })).toBeVisible();
});

test.describe('a library of 2,000 pitches', () => {
  test.setTimeout(180_000);

  test('imports, shows few rows but counts all, finds any pitch by filter, tabs through rows and fits at 375 px', async ({ page }, info) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openLibrary(page);
    const file = info.outputPath('library-2000.json');
    writeFileSync(file, largeLibraryBackup(2000));
    await importFile(page, file);
    await expect(page.getByRole('status').filter({ hasText: 'Imported 2000 pitches from the backup.' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^2,000 pitches$/ })).toBeVisible();

    // Only the rows near the screen exist, and each says its place among all 2,000.
    await expect(rows(page).first()).toHaveAttribute('aria-setsize', '2000');
    await expect(rows(page).first()).toHaveAttribute('aria-posinset', '1');
    expect(await rows(page).count()).toBeLessThan(40);

    // Every row fits the phone's width.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    for (const box of await rows(page).evaluateAll((items) => items.map((li) => li.getBoundingClientRect().right))) {
      expect(box).toBeLessThanOrEqual(375);
    }

    // The filter finds a pitch the list has not drawn.
    const find = page.getByRole('searchbox', { name: 'Find a pitch' });
    await find.fill('Pitch 1234:');
    await expect(page.getByRole('status').filter({ hasText: '1 of 2,000 pitches matches' })).toBeVisible();
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).getByRole('link', { name: /^Pitch 1234: / })).toBeVisible();
    await find.fill('');
    await expect(page.getByRole('status').filter({ hasText: /^2,000 pitches$/ })).toBeVisible();

    // Tab walks from the filter through the rows, well past those drawn at first.
    await find.focus();
    for (let i = 0; i < 5 * 30; i += 1) await page.keyboard.press('Tab');
    const place = await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset'));
    expect(Number(place)).toBe(30);
    await expect(page.locator(':focus')).toBeInViewport();
    await page.screenshot({ path: info.outputPath('library-2000-375.png') });

    // After a reload the list is back, and readiness figures come in for the rows on screen.
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: /^2,000 pitches$/ })).toBeVisible();
    await expect(rows(page).first().getByRole('img', { name: /^Slide readiness \d+ out of 100$/ })).toBeVisible({ timeout: 60_000 });
  });
});
