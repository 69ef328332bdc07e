import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const fixturePath = (name: string) =>
  join(process.cwd(), 'e2e', 'fixtures', 'pitches', `${name}.json`);
export const fixture = (name: string) =>
  JSON.parse(readFileSync(fixturePath(name), 'utf8')) as Record<string, unknown>;

/** Opens the library and waits until it has read IndexedDB. */
export async function openLibrary(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your pitches' })).toBeVisible();
  await expect(page.getByText('Opening your library…')).toBeHidden();
}

/** Imports a fixture through the library's "Import" control, as a user picking a file would. */
export async function importFixture(page: Page, name: string) {
  await importFile(page, fixturePath(name));
}

/** Imports the pitch file at `path` through the library's "Import" control. */
export async function importFile(page: Page, path: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(path);
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
}

/** Creates a pitch from "New pitch" (blank or an example) and waits for the pitch page. */
export async function createPitch(page: Page, from: 'Blank pitch' | RegExp = 'Blank pitch') {
  await page.getByRole('button', { name: 'New pitch' }).click();
  await page.getByRole('dialog', { name: 'New pitch' }).getByRole('button', { name: from }).click();
  await expect(page).toHaveURL(/\/pitch\?id=/);
  await expect(page.getByRole('navigation', { name: 'Steps' })).toBeVisible();
}

/** Waits until the pitch page says every edit is stored. */
export async function expectSaved(page: Page) {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

/** The panel of the step whose heading is `label` (e.g. the Review step's readiness and findings). */
export const stepPanel = (page: Page, label: string) =>
  page
    .locator('section')
    .filter({ has: page.getByRole('heading', { level: 2, name: label, exact: true }) });

/** The pitch page's readiness badges next to the title: "Slide 92" "Pitch 0", grouped under the overall figure. */
export const readinessBadges = (page: Page) =>
  page.getByRole('group', { name: /^Overall readiness \d+ out of 100$/ });

/** The score (0–100) in an accessible name such as "Pitch readiness 64 out of 100". */
export async function scoreOf(locator: Locator): Promise<number> {
  const name = (await locator.getAttribute('aria-label')) ?? '';
  const match = /readiness (\d+) out of 100$/.exec(name);
  if (!match) throw new Error(`no readiness score in "${name}"`);
  return Number(match[1]);
}

export async function goToStep(page: Page, label: string) {
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', {
      name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(|$)`),
    })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: label, exact: true })).toBeVisible();
}

/**
 * A page in a fresh context at `width` px (a touch phone below 600 px) in a colour scheme, with a
 * check that it does not scroll sideways. Close `context` when done.
 */
export async function pageAt(browser: Browser, width: number, colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({
    viewport: { width, height: width > 600 ? 900 : 812 },
    colorScheme,
    ...(width < 600 ? { hasTouch: true, isMobile: true } : {}),
  });
  const page = await context.newPage();
  const noSideScroll = async () =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
  return { context, page, noSideScroll };
}
