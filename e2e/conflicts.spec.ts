import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createPitch, expectSaved, goToStep, openLibrary } from './helpers';
import { expectNoAxeViolations } from './quality-helpers';

const conflictBanner = (page: Page) => page.getByRole('alert').filter({ hasText: 'changed in another tab' });

/**
 * A new pitch open in two tabs of one browser. `hold` stops the browser's timers, so an edit stays
 * unsaved until `release`, except where a tab is left (`leave`: its pagehide flush writes at once).
 */
async function twoTabs(page: Page, context: BrowserContext) {
  await context.clock.install();
  await openLibrary(page);
  await createPitch(page);
  const url = page.url();
  const second = await context.newPage();
  await second.goto(url);
  await expect(second.getByRole('navigation', { name: 'Steps' })).toBeVisible();
  await expectSaved(page);
  await expectSaved(second);
  const hold = async () => context.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  const release = () => context.clock.resume();
  return { second, hold, release };
}

/** The user switches away from `page`: the page flushes its edits now (pagehide), no timer involved. */
const leave = (page: Page) => page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));

test('two tabs editing different fields keep both edits (issue 15, failure 5)', async ({ page, context }) => {
  const { second, hold, release } = await twoTabs(page, context);
  await hold();
  // The second tab edits the audience and has not saved it yet when the first tab saves a title.
  await second.getByLabel('Audience').fill('Audience from tab B');
  await page.getByLabel('Title').fill('Title from tab A');
  await leave(page);
  await expectSaved(page);

  // The first tab's title reaches the second tab's form at once, its own audience untouched.
  await expect(second.getByLabel('Title')).toHaveValue('Title from tab A');
  await expect(second.getByLabel('Audience')).toHaveValue('Audience from tab B');
  await expect(conflictBanner(second)).toHaveCount(0);

  await release();
  await expectSaved(second);
  await expect(second.locator('[data-save-state]')).toHaveText('Merged with another tab: it changed Title; your Audience is kept.');
  await expect(page.getByLabel('Audience')).toHaveValue('Audience from tab B');
  await expect(page.getByLabel('Title')).toHaveValue('Title from tab A');

  await page.reload();
  await expect(page.getByLabel('Title')).toHaveValue('Title from tab A');
  await expect(page.getByLabel('Audience')).toHaveValue('Audience from tab B');
});

test('a field both tabs changed shows both values; each choice keeps what it says, and other edits stay merged', async ({
  page,
  context,
}) => {
  test.slow(); // two tabs, two reloads and an axe scan on a shared machine
  const { second, hold, release } = await twoTabs(page, context);
  await hold();
  await second.getByLabel('Title').fill('Title typed in tab B');
  await second.getByLabel('Audience').fill('Audience typed in tab B');
  await page.getByLabel('Title').fill('Title typed in tab A');
  await page.getByLabel('Audience').fill('Audience typed in tab A');
  await goToStep(page, 'Headline & Ask');
  await page.getByLabel('Ask').fill('Approve $300K by June');
  await leave(page);
  await expectSaved(page);

  const banner = conflictBanner(second);
  await expect(banner).toBeVisible();
  await release();
  const title = banner.getByRole('group', { name: 'Title' });
  await expect(title).toContainText('Yours:Title typed in tab B');
  await expect(title).toContainText('Other tab:Title typed in tab A');
  await expect(title.getByRole('button', { name: 'Keep mine' })).toHaveAccessibleDescription(
    "Keep mine saves your Title over the other tab's.",
  );
  await expect(banner.getByRole('group', { name: 'Audience' })).toContainText('Other tab:Audience typed in tab A');
  // The field only the first tab changed is merged in already.
  await goToStep(second, 'Headline & Ask');
  await expect(second.getByLabel('Ask')).toHaveValue('Approve $300K by June');
  await expect(second.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'conflict');
  await expectNoAxeViolations(second, 'conflict banner');

  await title.getByRole('button', { name: 'Keep mine' }).click();
  // The settled field leaves the banner; focus moves to the next field's choice.
  await expect(banner.getByRole('group', { name: 'Title' })).toHaveCount(0);
  await expect(banner.getByRole('group', { name: 'Audience' }).getByRole('button', { name: 'Keep mine' })).toBeFocused();
  await banner.getByRole('group', { name: 'Audience' }).getByRole('button', { name: 'Take theirs' }).click();
  await expect(banner).toHaveCount(0);
  await expectSaved(second);
  await expect(second.getByLabel('Title')).toHaveValue('Title typed in tab B');
  await expect(second.getByLabel('Audience')).toHaveValue('Audience typed in tab A');

  await expect(page.getByLabel('Title')).toHaveValue('Title typed in tab B');
  await page.reload();
  await expect(page.getByLabel('Title')).toHaveValue('Title typed in tab B');
  await expect(page.getByLabel('Audience')).toHaveValue('Audience typed in tab A');
  await goToStep(page, 'Headline & Ask');
  await expect(page.getByLabel('Ask')).toHaveValue('Approve $300K by June');
});

test('leaving right after typing is no conflict when the write lands but the page is gone before its rescued copy is cleared (issue 15, failure 6)', async ({
  page,
  context,
}) => {
  await context.clock.install();
  await openLibrary(page);
  await createPitch(page);
  const url = page.url();
  await expectSaved(page);
  // The page goes away after its IndexedDB write commits and before it clears its localStorage copy.
  await page.evaluate(() => {
    const removeItem = Storage.prototype.removeItem;
    Storage.prototype.removeItem = function (key: string) {
      if (!key.startsWith('one-slide-pitch:unsaved:')) removeItem.call(this, key);
    };
  });
  // Timers held: the edit is written by the leaving page's flush, never by the autosave's timer.
  await context.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await page.getByLabel('Situation 1').fill('Typed just before leaving');
  await leave(page);
  await expectSaved(page);
  const copies = (p: Page) =>
    p.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('one-slide-pitch:unsaved:')).length);
  expect(await copies(page)).toBe(1);
  await page.close();
  await context.clock.resume();

  const reopened = await context.newPage();
  await reopened.goto(url);
  await expect(reopened.getByLabel('Situation 1')).toHaveValue('Typed just before leaving');
  await expectSaved(reopened);
  await expect(reopened.locator('[data-save-state]')).toHaveText('Saved');
  await expect(conflictBanner(reopened)).toHaveCount(0);
  expect(await copies(reopened)).toBe(0);
});
