import { expect, test } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { createPitch, expectSaved, fixture, goToStep, importFixture, openLibrary } from './helpers';

test('an empty library explains how to start', async ({ page }) => {
  await openLibrary(page);
  await expect(page.getByRole('heading', { name: 'No pitches yet' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('library-empty.png'), fullPage: true });
});

test('importing a fixture adds it to the library with title, audience and last edited', async ({
  page,
}) => {
  await openLibrary(page);
  await importFixture(page, 'good-claims-triage');
  const row = page.getByRole('list', { name: 'Pitches' }).getByRole('listitem').first();
  await expect(row.getByRole('link', { name: 'Claims triage automation' })).toBeVisible();
  await expect(row).toContainText('For Claims steering committee');
  await expect(row).toContainText('Edited just now');
  await expect(row.getByRole('img', { name: 'Slide readiness 100 out of 100' })).toBeVisible();
  await expect(row.getByRole('img', { name: 'Pitch readiness 100 out of 100' })).toBeVisible();
  await expect(row).toContainText('Slide 100');
  await expect(row).toContainText('Pitch 100');
  await page.screenshot({ path: test.info().outputPath('library.png'), fullPage: true });
});

const broken: Array<[string, string, RegExp]> = [
  ['not-json.json', '{"format": "one-slide-pitch", "headline": ', /not valid JSON/],
  ['other.json', JSON.stringify({ format: 'slides', version: 1 }), /not a One-Slide Pitch file/],
  [
    'newer.json',
    JSON.stringify({ ...fixture('good-claims-triage'), version: 3 }),
    /newer version of One-Slide Pitch/,
  ],
  [
    'unknown-key.json',
    JSON.stringify({ ...fixture('good-claims-triage'), colour: 'red' }),
    /Unknown field "colour"/,
  ],
];

for (const [name, content, message] of broken) {
  test(`importing a broken file (${name}) says what is wrong and changes nothing`, async ({
    page,
  }, info) => {
    await openLibrary(page);
    await importFixture(page, 'passive');
    const rows = page.getByRole('list', { name: 'Pitches' }).getByRole('listitem');
    await expect(rows).toHaveCount(1);
    const file = info.outputPath(name);
    writeFileSync(file, content);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles(file);
    const alert = page.getByRole('alert').filter({ hasText: 'not imported' });
    await expect(alert).toContainText(message);
    await page.reload();
    await expect(rows).toHaveCount(1);
  });
}

test('a file over 5 MiB is refused before it is read', async ({ page }, info) => {
  await openLibrary(page);
  const file = info.outputPath('huge.json');
  writeFileSync(file, `{"format":"one-slide-pitch","pad":"${'x'.repeat(5 * 1024 * 1024)}"}`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('alert').filter({ hasText: 'limited to 5 MiB' })).toContainText(
    'Nothing was imported',
  );
  await expect(page.getByRole('heading', { name: 'No pitches yet' })).toBeVisible();
});

test('delete, then undo, restores the pitch', async ({ page }) => {
  await openLibrary(page);
  await importFixture(page, 'good-claims-triage');
  await page.getByRole('button', { name: 'Delete “Claims triage automation”' }).click();
  await expect(page.getByRole('heading', { name: 'No pitches yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Claims triage automation' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Claims triage automation' })).toBeVisible();
});

test('rename and duplicate', async ({ page }) => {
  await openLibrary(page);
  await importFixture(page, 'good-claims-triage');
  await page.getByRole('button', { name: 'Rename “Claims triage automation”' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename pitch' });
  await dialog.getByLabel('Title').fill('');
  await expect(dialog.getByText('Give the pitch a title.')).toBeVisible();
  await dialog.getByLabel('Title').fill('Triage for the board');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('link', { name: 'Triage for the board', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Duplicate “Triage for the board”' }).click();
  await expect(page.getByRole('link', { name: 'Triage for the board (copy)' })).toBeVisible();
});

test('export JSON of the library, then import the backup, restores every pitch', async ({
  page,
}) => {
  await openLibrary(page);
  await importFixture(page, 'good-claims-triage');
  await importFixture(page, 'topic-headline');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON', exact: true }).click();
  const file = await (await download).path();
  for (const name of ['Claims triage automation', 'Claims triage automation']) {
    await page
      .getByRole('button', { name: `Delete “${name}”` })
      .first()
      .click();
  }
  await expect(page.getByRole('heading', { name: 'No pitches yet' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(file);
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported 2 pitches from the backup.' }),
  ).toBeVisible();
  await expect(page.getByRole('list', { name: 'Pitches' }).getByRole('listitem')).toHaveCount(2);
});

test('new pitch from an example opens the guided flow, filled in', async ({ page }) => {
  await openLibrary(page);
  await createPitch(page, /Healthcare/);
  await goToStep(page, 'Headline & Ask');
  await expect(page.getByLabel('Headline')).toHaveValue(/self-scheduling will halve/);
  await expectSaved(page);
});

test('the library follows edits made in another tab without a reload', async ({
  page,
  context,
}) => {
  await openLibrary(page);
  await importFixture(page, 'passive');
  const editor = await context.newPage();
  await openLibrary(editor);
  await createPitch(editor, /Insurance: claims triage/);
  await editor.getByLabel('Title').fill('Renamed in the other tab');
  await expectSaved(editor);

  const rows = page.getByRole('list', { name: 'Pitches' }).getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.first().getByRole('link', { name: 'Renamed in the other tab' })).toBeVisible();
  await editor.close();
});
