import { chromium, expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, systemChromiumPath } from '../scripts/chromium';
import { largeLibraryBackup } from '../test-support/large-library';
import { importFile, importFixture, openLibrary } from './helpers';

const rows = (page: Page) => page.getByRole('list', { name: 'Pitches' }).getByRole('listitem');

/**
 * A browser profile on disk whose storage quota for the app is `quotaBytes`, as on a nearly full
 * disk: writes beyond it fail with Chromium's own QuotaExceededError, whose message is empty.
 * (Chromium applies a quota override to a profile on disk, not to an incognito context, and only
 * to storage first opened after it.)
 */
async function withQuota(
  baseURL: string | undefined,
  quotaBytes: number,
  run: (page: Page) => Promise<void>,
) {
  const profile = mkdtempSync(join(tmpdir(), 'quota-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: systemChromiumPath(),
    args: CHROMIUM_ARGS,
    baseURL,
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', {
      origin: new URL(baseURL!).origin,
      quotaSize: quotaBytes,
    });
    await run(page);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

test('a backup too large for the storage left says so plainly and what to do, and the library keeps what it had', async ({
  baseURL,
}, info) => {
  const file = info.outputPath('library-2000.json');
  writeFileSync(file, largeLibraryBackup(2000));
  await withQuota(baseURL, 1024 * 1024, async (page) => {
    await openLibrary(page);
    await importFixture(page, 'good-claims-triage');
    await expect(rows(page)).toHaveCount(1);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(file);
    const alert = page.getByRole('alert').filter({ hasText: 'library-2000.json' });
    await expect(alert).toContainText(
      '“library-2000.json” could not be saved in this browser. This browser has no room left to store it: its storage for this site is full. Free some space (delete pitches you no longer need after saving them with "Export JSON", or free disk space on this device), then try again. Nothing was imported; your library is unchanged.',
    );
    await expect(alert).not.toContainText('()');
    await page.reload();
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).getByRole('link', { name: 'Claims triage automation' })).toBeVisible();
  });
});

test('"New pitch" with storage full says so plainly and what to do', async ({ baseURL }) => {
  await withQuota(baseURL, 1, async (page) => {
    await openLibrary(page);
    await page.getByRole('button', { name: 'New pitch' }).click();
    await page
      .getByRole('dialog', { name: 'New pitch' })
      .getByRole('button', { name: 'Blank pitch' })
      .click();
    const refused = page.getByRole('alert').filter({ hasText: 'The new pitch could not be saved' });
    await expect(refused).toContainText(
      'The new pitch could not be saved in this browser. This browser has no room left to store it: its storage for this site is full.',
    );
    await expect(refused).not.toContainText('()');
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe('a library of 2,000 pitches', () => {
  test.setTimeout(180_000);

  test('imports, shows few rows but counts all, finds any pitch by filter, tabs through rows and fits at 375 px', async ({
    page,
  }, info) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await openLibrary(page);
    const file = info.outputPath('library-2000.json');
    writeFileSync(file, largeLibraryBackup(2000));
    await importFile(page, file);
    await expect(
      page.getByRole('status').filter({ hasText: 'Imported 2000 pitches from the backup.' }),
    ).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /^2,000 pitches$/ })).toBeVisible();

    // Only the rows near the screen exist, and each says its place among all 2,000.
    await expect(rows(page).first()).toHaveAttribute('aria-setsize', '2000');
    await expect(rows(page).first()).toHaveAttribute('aria-posinset', '1');
    expect(await rows(page).count()).toBeLessThan(40);

    // Every row fits the phone's width.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
    for (const box of await rows(page).evaluateAll((items) =>
      items.map((li) => li.getBoundingClientRect().right),
    )) {
      expect(box).toBeLessThanOrEqual(375);
    }

    // The filter finds a pitch the list has not drawn.
    const find = page.getByRole('searchbox', { name: 'Find a pitch' });
    await find.fill('Pitch 1234:');
    await expect(
      page.getByRole('status').filter({ hasText: '1 of 2,000 pitches matches' }),
    ).toBeVisible();
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).getByRole('link', { name: /^Pitch 1234: / })).toBeVisible();
    // A search that finds nothing says so, rather than an empty page under "0 of 2,000".
    await find.fill('no such pitch');
    await expect(
      page.getByRole('status').filter({ hasText: 'No pitch matches “no such pitch” (2,000 pitches in all). Try fewer words.' }),
    ).toBeVisible();
    await expect(rows(page)).toHaveCount(0);
    await find.fill('');
    await expect(page.getByRole('status').filter({ hasText: /^2,000 pitches$/ })).toBeVisible();

    // Tab walks from the filter through the rows, well past those drawn at first.
    await find.focus();
    for (let i = 0; i < 5 * 30; i += 1) await page.keyboard.press('Tab');
    const place = await page.evaluate(() =>
      document.activeElement?.closest('li')?.getAttribute('aria-posinset'),
    );
    expect(Number(place)).toBe(30);
    await expect(page.locator(':focus')).toBeInViewport();
    await page.screenshot({ path: info.outputPath('library-2000-375.png') });

    // After a reload the list is back, and readiness figures come in for the rows on screen.
    await page.reload();
    await expect(page.getByRole('status').filter({ hasText: /^2,000 pitches$/ })).toBeVisible();
    await expect(
      rows(page)
        .first()
        .getByRole('img', { name: /^Slide readiness \d+ out of 100$/ }),
    ).toBeVisible({ timeout: 60_000 });
  });
});
