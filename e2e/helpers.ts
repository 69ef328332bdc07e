import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const fixturePath = (name: string) => join(process.cwd(), 'e2e', 'fixtures', 'pitches', `${name}.json`);
export const fixture = (name: string) => JSON.parse(readFileSync(fixturePath(name), 'utf8')) as Record<string, unknown>;

/** Opens the library and waits until it has read IndexedDB. */
export async function openLibrary(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your pitches' })).toBeVisible();
  await expect(page.getByText('Opening your library…')).toBeHidden();
}

/** Imports a fixture through the library's "Import" control, as a user picking a file would. */
export async function importFixture(page: Page, name: string) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(fixturePath(name));
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

export async function goToStep(page: Page, label: string) {
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('button', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(|$)`) }).click();
  await expect(page.getByRole('heading', { level: 2, name: label, exact: true })).toBeVisible();
}
