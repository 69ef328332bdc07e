import { expect, test } from '@playwright/test';
import { createPitch, goToStep, importFixture, openLibrary } from './helpers';
import { expectNoAxeViolations, tabTo } from './quality-helpers';

const STEPS = [
  'Situation',
  'Action',
  'Outcome',
  'Headline & Ask',
  'Trace',
  'Elevator pitch',
  'Review',
];

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test('library: empty, with pitches, and every dialog', async ({ page }) => {
      await openLibrary(page);
      await expectNoAxeViolations(page, 'empty library');

      await importFixture(page, 'good-claims-triage');
      await importFixture(page, 'passive');
      await expect(page.getByRole('img', { name: /^Pitch readiness \d+ out of 100$/ })).toHaveCount(
        2,
      );
      await expectNoAxeViolations(page, 'library with pitches and an import message');

      await page.getByRole('button', { name: 'New pitch' }).click();
      await expect(page.getByRole('dialog', { name: 'New pitch' })).toBeVisible();
      await expectNoAxeViolations(page, 'New pitch dialog');
      await page.keyboard.press('Escape');

      await page
        .getByRole('button', { name: /^Rename “/ })
        .first()
        .click();
      await expect(page.getByRole('dialog', { name: 'Rename pitch' })).toBeVisible();
      await expectNoAxeViolations(page, 'Rename dialog');
      await page.keyboard.press('Escape');

      await page
        .getByRole('button', { name: /^Delete “/ })
        .first()
        .click();
      await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
      await expectNoAxeViolations(page, 'undo toast after a delete');
    });

    test('pitch page: every builder step, the preview and the drafter', async ({ page }) => {
      // Ten full-page axe scans (each step, the drafter and its dialog): about a minute on a loaded
      // 2-core machine, so this test gets three times the usual time rather than flaking.
      test.slow();
      await openLibrary(page);
      await createPitch(page, /Insurance: claims triage/);
      await expect(page.getByRole('img', { name: 'Slide preview' })).toBeVisible();
      for (const step of STEPS) {
        await goToStep(page, step);
        await expectNoAxeViolations(page, `pitch step ${step} with the preview`);
      }
      await goToStep(page, 'Elevator pitch');
      await page.getByRole('button', { name: 'Draft pitch' }).click();
      const replace = page.getByRole('dialog', { name: 'Replace your edited pitch?' });
      await expect(replace).toBeVisible();
      await expectNoAxeViolations(page, 'drafter replace dialog');
      await replace.getByRole('button', { name: 'Replace' }).click();
      await expectNoAxeViolations(page, 'drafter with a draft');
    });

    test('a blank pitch, with its empty-field advice', async ({ page }) => {
      await openLibrary(page);
      await createPitch(page);
      await expectNoAxeViolations(page, 'blank pitch, first step');
      await page.goto('/pitch?id=does-not-exist');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page, 'pitch not found');
    });

    test('rehearsal: front and back of a card, and every mode', async ({ page }) => {
      await openLibrary(page);
      await createPitch(page, /Insurance: claims triage/);
      await page.getByRole('link', { name: 'Rehearse' }).click();
      await expect(page).toHaveURL(/\/rehearse\?id=/);
      await expect(page.getByRole('button', { name: 'Show answer' })).toBeVisible();
      await expectNoAxeViolations(page, 'rehearsal card front');
      await page.getByRole('button', { name: 'Show answer' }).click();
      await expect(page.getByRole('heading', { name: 'Answer' })).toBeVisible();
      await expectNoAxeViolations(page, 'rehearsal card back');
      const modes = page.getByRole('group', { name: 'Rehearsal mode' }).getByRole('button');
      for (let i = 0; i < (await modes.count()); i += 1) {
        await modes.nth(i).click();
        await expectNoAxeViolations(page, `rehearsal mode ${await modes.nth(i).innerText()}`);
      }
    });

    test('memorization card print view', async ({ page }) => {
      await openLibrary(page);
      await createPitch(page, /Insurance: claims triage/);
      const id = new URL(page.url()).searchParams.get('id')!;
      await page.goto(`/card?id=${encodeURIComponent(id)}`);
      await expect(page.getByRole('heading', { name: 'Memorization card' })).toBeVisible();
      await expectNoAxeViolations(page, 'card print view');
    });
  });
}

test('keyboard only, with visible focus: from "New pitch" to "Download PPTX"', async ({ page }) => {
  await openLibrary(page);
  await tabTo(page, page.getByRole('button', { name: 'New pitch' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New pitch' });
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: /Insurance: claims triage/ }), 10);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/pitch\?id=/);
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await expect(steps).toBeVisible();

  await tabTo(page, steps.getByRole('button', { name: /^Review/ }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { level: 2, name: 'Review', exact: true })).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Download PPTX' }));
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.pptx$/);
});
