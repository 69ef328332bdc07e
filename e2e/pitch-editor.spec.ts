import { expect, test } from '@playwright/test';
import { createPitch, expectSaved, goToStep, openLibrary } from './helpers';

test('a new pitch keeps everything typed across a reload', async ({ page }) => {
  await openLibrary(page);
  await createPitch(page);
  await page.getByLabel('Title').fill('Faster permit approvals');
  await page.getByLabel('Audience').fill('City operations board');
  await page.getByLabel('Situation 1').fill('Permits take 40 working days, twice the national average');
  await page.getByRole('button', { name: 'Add situation point' }).click();
  await expect(page.getByLabel('Situation 2')).toBeFocused();
  await page.getByLabel('Situation 2').fill('Applicants call the helpline 900 times a week');
  await page.getByRole('button', { name: 'Move situation point 2 up' }).click();
  await goToStep(page, 'Action');
  await page.getByLabel('Action 1').fill('Move all applications to one online queue by June');
  await goToStep(page, 'Outcome');
  await page.getByLabel('Outcome 1').fill('Decisions fall from 40 to 15 working days by December');
  await goToStep(page, 'Headline & Ask');
  await page.getByLabel('Headline').fill('One online queue will cut permit decisions to 15 days this year');
  await page.getByLabel('Ask').fill('Approve $400K and one product owner by May');
  await goToStep(page, 'Trace');
  await page.getByLabel('If', { exact: true }).fill('the queue is live by June');
  await expectSaved(page);
  await page.screenshot({ path: test.info().outputPath('pitch-page.png'), fullPage: true });

  await page.reload();
  await expect(page.getByLabel('Title')).toHaveValue('Faster permit approvals');
  await expect(page.getByLabel('Audience')).toHaveValue('City operations board');
  await expect(page.getByLabel('Situation 1')).toHaveValue('Applicants call the helpline 900 times a week');
  await expect(page.getByLabel('Situation 2')).toHaveValue('Permits take 40 working days, twice the national average');
  await goToStep(page, 'Action');
  await expect(page.getByLabel('Action 1')).toHaveValue('Move all applications to one online queue by June');
  await goToStep(page, 'Headline & Ask');
  await expect(page.getByLabel('Ask')).toHaveValue('Approve $400K and one product owner by May');
  await goToStep(page, 'Trace');
  await expect(page.getByLabel('If', { exact: true })).toHaveValue('the queue is live by June');
});

test('an edit is saved even when the user leaves right after typing', async ({ page }) => {
  await openLibrary(page);
  await createPitch(page);
  const url = page.url();
  await page.getByLabel('Situation 1').fill('Typed just before leaving the page');
  // Leave at once, well inside the autosave delay: the pagehide flush must write it.
  await page.goto('/');
  await page.goto(url);
  await expect(page.getByLabel('Situation 1')).toHaveValue('Typed just before leaving the page');
});

test('a field over its limit is flagged and not saved until fixed', async ({ page }) => {
  await openLibrary(page);
  await createPitch(page);
  await page.getByLabel('Situation 1').fill('x'.repeat(650));
  await expect(page.getByText('at most 600 characters')).toBeVisible();
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'invalid');
  await page.getByLabel('Situation 1').fill('Short again');
  await expectSaved(page);
});

test('a stale edit from a second tab does not overwrite the newer one', async ({ page, context }) => {
  await openLibrary(page);
  await createPitch(page);
  const url = page.url();
  await page.getByLabel('Situation 1').fill('First version');
  await expectSaved(page);

  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByLabel('Situation 1')).toHaveValue('First version');

  // Tab one saves a newer revision; tab two adopts it while it has no unsaved edits…
  await page.getByLabel('Situation 1').fill('Newer version from tab one');
  await expectSaved(page);
  await expect(second.getByLabel('Situation 1')).toHaveValue('Newer version from tab one');
  await expect(second.getByRole('status').filter({ hasText: 'Updated from another tab' })).toBeVisible();

  // …and when both change the same field at once, the later one is not saved and its user chooses.
  await Promise.all([
    page.getByLabel('Situation 1').fill('Tab one wins the race'),
    second.getByLabel('Situation 1').fill('Tab two was editing an old revision'),
  ]);
  const conflictIn = (p: typeof page) => p.getByRole('alert').filter({ hasText: 'changed in another tab' });
  await expect
    .poll(async () => (await conflictIn(page).isVisible()) || (await conflictIn(second).isVisible()))
    .toBe(true);
  const loser = (await conflictIn(page).isVisible()) ? page : second;
  const winner = loser === page ? second : page;
  const winningText = await winner.getByLabel('Situation 1').inputValue();
  const choice = conflictIn(loser).getByRole('group', { name: 'Situation 1' });
  await expect(choice).toContainText(`Other tab:${winningText}`);
  await choice.getByRole('button', { name: 'Take theirs' }).click();
  await expect(loser.getByLabel('Situation 1')).toHaveValue(winningText);
  await loser.reload();
  await expect(loser.getByLabel('Situation 1')).toHaveValue(winningText);
});

test('an unknown pitch id says so and links back to the library', async ({ page }) => {
  await page.goto('/pitch?id=does-not-exist');
  await expect(page.getByRole('heading', { name: 'This pitch is not in your library' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to your pitches' }).click();
  await expect(page.getByRole('heading', { name: 'Your pitches' })).toBeVisible();
});
