import { expect, test, type Page } from '@playwright/test';
import { createPitch, expectSaved, goToStep, openLibrary } from './helpers';

const pitchBox = (page: Page) => page.getByRole('textbox', { name: 'Elevator pitch', exact: true });
/** One piece of advice on the page, found by what it says (the innermost list item: bullets are list items too). */
const advice = (page: Page, text: string | RegExp) =>
  page
    .getByRole('listitem')
    .filter({ hasText: text })
    .filter({ hasNot: page.getByRole('listitem') });
const KYC_WARNING = 'KYC, AML and PEP in one place';
const markKyc = (page: Page) =>
  page.getByRole('button', { name: 'Mark KYC, AML and PEP as known to this audience' });

test('an elevator pitch that states another figure than the slide is flagged until it matches', async ({
  page,
}) => {
  await openLibrary(page);
  // The example slide asks: "Approve $350K and two integration engineers from March".
  await createPitch(page, /Insurance: claims triage/);
  await goToStep(page, 'Elevator pitch');
  const saying = (figure: string) =>
    `Motor claims take 21 days to settle. We will automate triage and settle in 14 days by September. I need ${figure} and two integration engineers from March.`;

  await pitchBox(page).fill(saying('$500K'));
  const warning = advice(page, /The pitch says "\$500K" where the slide says "\$350K"/);
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Advice:');
  // It is the field's own advice: read out with the field, and shown right under it.
  await expect(pitchBox(page)).toHaveAccessibleDescription(
    /The pitch says "\$500K" where the slide says "\$350K"/,
  );
  const field = await pitchBox(page).boundingBox();
  const shown = await warning.boundingBox();
  expect(shown!.y).toBeGreaterThan(field!.y + field!.height);

  await pitchBox(page).fill(saying('$350K'));
  await expect(warning).toHaveCount(0);
  await expect(pitchBox(page)).not.toHaveAccessibleDescription(/The pitch says/);
});

test('acronyms marked as known to the audience stay known after a reload, and can be removed on Review', async ({
  page,
}) => {
  await openLibrary(page);
  await createPitch(page);
  await goToStep(page, 'Action');
  await page.getByLabel('Action 1').fill('Automate KYC, AML and PEP checks');
  await expect(advice(page, KYC_WARNING)).toBeVisible();
  await expect(page.getByLabel('Action 1')).toHaveAccessibleDescription(new RegExp(KYC_WARNING));
  // A second field full of acronyms: its warning shows when the advice has run.
  await page.getByRole('button', { name: 'Add action point' }).click();
  await page.getByLabel('Action 2').fill('Report UTI, LEI and UPI codes to the regulator by May');
  await expect(advice(page, 'UTI, LEI and UPI in one place')).toBeVisible();

  await markKyc(page).click();
  await expect(advice(page, KYC_WARNING)).toHaveCount(0);
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Marked KYC, AML and PEP as known to this audience.' }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Undo marking KYC, AML and PEP as known' }),
  ).toBeFocused();
  await expect(advice(page, 'UTI, LEI and UPI in one place')).toBeVisible();
  await expectSaved(page);

  // Saved with the pitch: after a reload the advice runs again (the other field's warning is back) and KYC stays cleared.
  await page.reload();
  await goToStep(page, 'Action');
  await expect(page.getByLabel('Action 1')).toHaveValue('Automate KYC, AML and PEP checks');
  await expect(advice(page, 'UTI, LEI and UPI in one place')).toBeVisible();
  await expect(advice(page, KYC_WARNING)).toHaveCount(0);
  await expect(markKyc(page)).toHaveCount(0);

  // Review lists them; removing them (by keyboard) brings the warning back.
  await goToStep(page, 'Review');
  const known = page.getByRole('region', { name: 'Acronyms known to this audience' });
  await expect(known.getByRole('listitem')).toHaveText(['KYC', 'AML', 'PEP']);
  await known.getByRole('button', { name: 'Remove KYC from the known acronyms' }).focus();
  await page.keyboard.press('Enter');
  await expect(known.getByRole('listitem')).toHaveText(['AML', 'PEP']);
  await expect(
    known.getByRole('button', { name: 'Remove AML from the known acronyms' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    known.getByRole('button', { name: 'Remove PEP from the known acronyms' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(known.getByRole('listitem')).toHaveCount(0);
  await expect(known).toContainText('None any more');
  await expectSaved(page);

  await goToStep(page, 'Action');
  await expect(advice(page, KYC_WARNING)).toBeVisible();
  await expect(markKyc(page)).toBeVisible();
});

test('acronyms in the elevator pitch can be marked as known and the mark undone at once', async ({
  page,
}) => {
  await openLibrary(page);
  await createPitch(page, /Insurance: claims triage/);
  await goToStep(page, 'Elevator pitch');
  const text =
    'Motor claims take 21 days to settle because KYC, AML and PEP checks are manual. We will automate triage and settle in 14 days by September. I need your approval for $350K and two integration engineers from March.';
  await pitchBox(page).fill(text);
  await expect(advice(page, KYC_WARNING)).toBeVisible();

  await markKyc(page).focus();
  await page.keyboard.press('Enter');
  await expect(advice(page, KYC_WARNING)).toHaveCount(0);
  const undo = page.getByRole('button', { name: 'Undo marking KYC, AML and PEP as known' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(advice(page, KYC_WARNING)).toBeVisible();
  await expect(pitchBox(page)).toBeFocused();
  await expect(pitchBox(page)).toHaveValue(text);
});
