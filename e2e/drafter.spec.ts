import { expect, test, type Page } from '@playwright/test';
import { EXAMPLE_PITCHES } from '../lib/pitch/examples';
import { createPitch, expectSaved, goToStep, openLibrary } from './helpers';

const pitchBox = (page: Page) => page.getByRole('textbox', { name: 'Elevator pitch', exact: true });
const checklistItem = (page: Page, label: string) =>
  page.getByRole('region', { name: /Checklist/ }).getByRole('listitem').filter({ hasText: label });
const wordCount = async (page: Page) => (await pitchBox(page).inputValue()).split(/\s+/).filter(Boolean).length;

test('a new user drafts a pitch from a finished slide, reshapes it, edits it, and keeps the edits', async ({ page }) => {
  await openLibrary(page);
  await createPitch(page, /Insurance: claims triage/);
  await goToStep(page, 'Elevator pitch');
  const example = await pitchBox(page).inputValue();

  // The example already has a hand-written pitch: drafting asks before replacing it.
  await page.getByRole('button', { name: 'Draft pitch' }).click();
  const dialog = page.getByRole('dialog', { name: 'Replace your edited pitch?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(pitchBox(page)).toHaveValue(example);
  await page.getByRole('button', { name: 'Draft pitch' }).click();
  await dialog.getByRole('button', { name: 'Replace' }).click();

  // Bottom line first: the headline's claim opens, the ask closes, and it fits 60 s.
  await expect(pitchBox(page)).toHaveValue(/^Automating claims triage will cut settlement time by a third/);
  await expect(pitchBox(page)).toHaveValue(/I need your approval for \$350K and two integration engineers from March\./);
  const meter = page.getByRole('meter', { name: 'Spoken time' });
  await expect(meter).toHaveAttribute('aria-valuetext', /On target/);
  for (const label of ['Claim up front', 'Situation', 'Action', 'Number', 'Ask']) {
    await expect(checklistItem(page, label)).toHaveAttribute('data-done', 'true');
  }

  // An untouched draft follows the style and the target straight away.
  await page.getByRole('radio', { name: /Problem first/ }).check();
  await expect(pitchBox(page)).toHaveValue(/^Motor claims take 21 days to settle/);
  const longWords = await wordCount(page);
  await page.getByLabel('Target length').selectOption('30');
  await expect.poll(() => wordCount(page)).toBeLessThan(longWords);
  expect(await wordCount(page)).toBeLessThanOrEqual(77);
  await expect(meter).toHaveAttribute('aria-valuetext', /30-second target: On target/);

  // Editing: the time bar, the checklist and the advice respond as the user types.
  await pitchBox(page).fill('Basically, our motor claims take 21 days to settle.');
  await expect(meter).toHaveAttribute('aria-valuetext', /Short/);
  await expect(checklistItem(page, 'Situation')).toHaveAttribute('data-done', 'true');
  await expect(checklistItem(page, 'Ask')).toHaveAttribute('data-done', 'false');
  await expect(page.getByRole('button', { name: 'Select “Basically” in the pitch' })).toBeVisible();
  const edited =
    'Our motor claims take 21 days to settle. We will automate triage in April and settle in 14 days by September. ' +
    'I need your approval for $350K and two integration engineers from March.';
  await pitchBox(page).fill(edited);
  await expect(checklistItem(page, 'Ask')).toHaveAttribute('data-done', 'true');
  await expect(page.locator('[data-rule="filler-words"]')).toHaveCount(0);

  // Edited text is never replaced silently: a new style keeps it, a new draft asks first.
  await page.getByRole('radio', { name: /Story/ }).check();
  await expect(pitchBox(page)).toHaveValue(edited);
  await page.getByRole('button', { name: 'Draft pitch' }).click();
  await page.getByRole('dialog', { name: 'Replace your edited pitch?' }).getByRole('button', { name: 'Keep my text' }).click();
  await expect(pitchBox(page)).toHaveValue(edited);

  // The value proposition goes in just before the ask.
  await page.getByRole('button', { name: 'Add to pitch: value proposition' }).click();
  const withValue = await pitchBox(page).inputValue();
  expect(withValue).toMatch(/hard cases\. I need your approval/);

  await expectSaved(page);
  await page.reload();
  await goToStep(page, 'Elevator pitch');
  await expect(pitchBox(page)).toHaveValue(withValue);
  await expect(page.getByLabel('Target length')).toHaveValue('30');
});

test('the drafter works by keyboard on a 375 px screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openLibrary(page);
  await createPitch(page, /Retail: warehouse picking/);
  await goToStep(page, 'Elevator pitch');
  await page.getByRole('button', { name: 'Draft pitch' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Replace your edited pitch?' });
  await expect(dialog.getByRole('button', { name: 'Keep my text' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Replace' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(pitchBox(page)).toHaveValue(/^Zone picking will ship 30% more orders per shift/);
  await expect(page.getByRole('status').filter({ hasText: 'Drafted “Bottom line first” for 30 s' })).toBeVisible();
});

test('each audience lens opens the same slide differently, is saved with the pitch, and the API drafts the same text', async ({ page, request }) => {
  await openLibrary(page);
  await createPitch(page, /Insurance: claims triage/);
  await goToStep(page, 'Elevator pitch');
  await page.getByRole('button', { name: 'Draft pitch' }).click();
  await page.getByRole('dialog', { name: 'Replace your edited pitch?' }).getByRole('button', { name: 'Replace' }).click();
  await expect(pitchBox(page)).toHaveValue(/^Automating claims triage/);

  const audience = page.getByLabel('Audience lens');
  const openings = new Map<string, string>();
  const expected: Array<[string, string, RegExp]> = [
    ['cfo', 'CFO', /^The money first: we will make an annual saving of \$1\.2 million from year two\./],
    ['cto', 'CTO or COO', /^On delivery, we will deploy rules-based triage for low-complexity motor claims in April\./],
    ['sponsor', 'Sponsor', /^This work serves our objective: to retain our top 20 brokers\./],
    ['peer', 'Peer', /^I will start with my ask: I need your approval for \$350K and two integration engineers from March\./],
    ['general', 'General', /^Automating claims triage will cut settlement time by a third/],
  ];
  for (const [lens, label, opening] of expected) {
    // An untouched draft follows the audience straight away.
    await audience.selectOption({ label });
    await expect(pitchBox(page)).toHaveValue(opening);
    const text = await pitchBox(page).inputValue();
    openings.set(lens, text.split(/(?<=[.?])\s/u)[0]!);
    await expect(page.getByRole('meter', { name: 'Spoken time' })).toHaveAttribute('aria-valuetext', /On target/);

    // The API, given the same slide, style, target, lens and pace, answers the same words.
    const target = await page.getByLabel('Target length').inputValue();
    const response = await request.post(`/api/draft?style=bottom-line-first&target=${target}&lens=${lens}&wpm=140`, {
      data: EXAMPLE_PITCHES[0]!.pitch,
    });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { text: string; lens: string; style: string };
    expect(body).toMatchObject({ text, lens, style: 'bottom-line-first' });
  }
  expect(new Set(openings.values()).size).toBe(expected.length);

  // The chosen lens is part of the pitch: it survives a reload.
  await audience.selectOption({ label: 'CFO' });
  await expect(pitchBox(page)).toHaveValue(/^The money first/);
  await expect(page.getByRole('status').filter({ hasText: 'Drafted “Bottom line first” for the CFO' })).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await goToStep(page, 'Elevator pitch');
  await expect(page.getByLabel('Audience lens')).toHaveValue('cfo');
  await expect(page.getByText('Leads with the money: cost, saving and payback.')).toBeVisible();
});
