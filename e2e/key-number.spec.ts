import { expect, test, type Page } from '@playwright/test';
import { createPitch, expectSaved, goToStep, openLibrary, pageAt, stepPanel } from './helpers';
import { expectNoAxeViolations, tabTo } from './quality-helpers';

const CHANGE = 'Churn falls from 9% to 6% by June';
const COUNT = 'Better data for 4 teams';

/** The outcome text the slide preview draws in bold (the key number), run by run. */
async function boldOutcome(page: Page): Promise<string[]> {
  const box = page.getByRole('img', { name: 'Slide preview' }).locator('[data-box="outcome"]');
  return box.evaluate((element) =>
    [...element.querySelectorAll('span span')]
      .filter((run) => getComputedStyle(run).fontWeight === '700')
      .map((run) => run.textContent?.trim() ?? '')
      .filter(Boolean),
  );
}

const expectEmphasised = async (page: Page, ...runs: string[]) =>
  expect.poll(() => boldOutcome(page)).toEqual(runs);

/** A new pitch on the Outcome step with the two outcome points (a count first, then the change). */
async function pitchWithTwoNumbers(page: Page) {
  await openLibrary(page);
  await createPitch(page);
  await goToStep(page, 'Outcome');
  await page.getByLabel('Outcome 1').fill(COUNT);
  await page.getByRole('button', { name: 'Add outcome point' }).click();
  await page.getByLabel('Outcome 2').fill(CHANGE);
}

test('the user picks the key number the slide emphasises, it survives a reload, and Automatic goes back', async ({
  page,
}) => {
  await pitchWithTwoNumbers(page);
  const outcome = stepPanel(page, 'Outcome');
  const select = outcome.getByLabel('Key number');

  // The change beats the incidental count.
  await expectEmphasised(page, '9% to 6%');
  await expect(outcome.getByText('The slide emphasises 9% to 6%')).toBeVisible();
  await expect(select.locator('option')).toHaveText(['Automatic: 9% to 6%', '9% to 6%', '4']);
  await expect(select).toHaveValue('');

  await select.selectOption({ label: '4' });
  await expectEmphasised(page, '4');
  await expect(outcome.getByText('The slide emphasises 4;')).toBeVisible();
  await expectSaved(page);

  await page.reload();
  await goToStep(page, 'Outcome');
  await expect(stepPanel(page, 'Outcome').getByLabel('Key number')).toHaveValue('4');
  await expectEmphasised(page, '4');

  await stepPanel(page, 'Outcome')
    .getByLabel('Key number')
    .selectOption({ label: 'Automatic: 9% to 6%' });
  await expectEmphasised(page, '9% to 6%');
  await expect(stepPanel(page, 'Outcome').getByText('The slide emphasises 9% to 6%')).toBeVisible();
  await expectSaved(page);

  await page.reload();
  await goToStep(page, 'Outcome');
  await expect(stepPanel(page, 'Outcome').getByLabel('Key number')).toHaveValue('');
  await expectEmphasised(page, '9% to 6%');
});

test('a chosen number edited out of the outcome is reported and can be cleared', async ({
  page,
}) => {
  await pitchWithTwoNumbers(page);
  const outcome = stepPanel(page, 'Outcome');
  await outcome.getByLabel('Key number').selectOption({ label: '4' });
  await expectEmphasised(page, '4');

  // Another number in its place: the choice is reported, Automatic is in force, another can be picked.
  await page.getByLabel('Outcome 1').fill('Better data for 5 teams');
  await expect(
    outcome.getByText('“4” is no longer in the outcome; the slide uses 9% to 6%.'),
  ).toBeVisible();
  await expect(outcome.getByLabel('Key number')).toHaveValue('');
  await expect(outcome.getByLabel('Key number').locator('option')).toHaveText([
    'Automatic: 9% to 6%',
    '9% to 6%',
    '5',
  ]);
  await expectEmphasised(page, '9% to 6%');

  await page.getByLabel('Outcome 1').fill('Better data for every team');
  await expect(
    outcome.getByText('“4” is no longer in the outcome; the slide uses 9% to 6%.'),
  ).toBeVisible();
  await expectEmphasised(page, '9% to 6%');
  // One number left: nothing to choose between.
  await expect(outcome.getByLabel('Key number')).toHaveCount(0);

  await outcome.getByRole('button', { name: 'Clear the old choice' }).click();
  await expect(outcome.getByText('is no longer in the outcome')).toBeHidden();
  await expect(
    outcome.getByText('The slide emphasises 9% to 6%, the only number in the outcome.'),
  ).toBeVisible();
  await expect(outcome.getByRole('heading', { name: 'Key number' })).toBeFocused();
  await expectSaved(page);

  // Cleared for good: putting the 4 back leaves the change as the key number.
  await page.reload();
  await goToStep(page, 'Outcome');
  await page.getByLabel('Outcome 1').fill(COUNT);
  await expect(stepPanel(page, 'Outcome').getByLabel('Key number')).toHaveValue('');
  await expectEmphasised(page, '9% to 6%');
});

test('an outcome without a number says the slide has no key number yet', async ({ page }) => {
  await openLibrary(page);
  await createPitch(page);
  await goToStep(page, 'Outcome');
  const outcome = stepPanel(page, 'Outcome');
  await expect(outcome.getByText(/^The slide has no key number yet/)).toBeVisible();
  await page.getByLabel('Outcome 1').fill('Happier customers');
  await expect(outcome.getByText(/^The slide has no key number yet/)).toBeVisible();
  await expect(outcome.getByLabel('Key number')).toHaveCount(0);
  await page.getByLabel('Outcome 1').fill(CHANGE);
  await expect(
    outcome.getByText('The slide emphasises 9% to 6%, the only number in the outcome.'),
  ).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1280, 375]) {
    test(`the key number control at ${width} px, ${colorScheme}: keyboard, no sideways scroll, no axe violations`, async ({
      browser,
    }, info) => {
      const { context, page, noSideScroll } = await pageAt(browser, width, colorScheme);
      await pitchWithTwoNumbers(page);
      const outcome = stepPanel(page, 'Outcome');
      const select = outcome.getByLabel('Key number');

      // Keyboard: Tab reaches the select with visible focus; arrow keys choose.
      await page.getByRole('button', { name: 'Add outcome point' }).focus();
      await tabTo(page, select, 3);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await expect(select).toHaveValue('4');
      await expectEmphasised(page, '4');
      await noSideScroll();
      await expectNoAxeViolations(page, `key number chosen, ${width} px ${colorScheme}`);
      await outcome.screenshot({ path: info.outputPath(`chosen-${width}-${colorScheme}.png`) });
      await page.screenshot({
        path: info.outputPath(`page-${width}-${colorScheme}.png`),
        fullPage: true,
      });

      await page.getByLabel('Outcome 1').fill('Better data for every team');
      await expect(outcome.getByRole('button', { name: 'Clear the old choice' })).toBeVisible();
      await noSideScroll();
      await expectNoAxeViolations(page, `key number stale, ${width} px ${colorScheme}`);
      await outcome.screenshot({ path: info.outputPath(`stale-${width}-${colorScheme}.png`) });
      await context.close();
    });
  }
}
