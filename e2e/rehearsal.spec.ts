import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';

const FIXTURE = join(process.cwd(), 'e2e', 'fixtures', 'pitches', 'good-claims-triage.json');
const MONDAY_9AM = new Date('2026-03-02T09:00:00');

type Press = (target: Locator) => Promise<void>;
/** Activates a control from the keyboard: focus it (as Tab would) and press Enter. */
const byKeyboard: Press = async (target) => {
  await target.focus();
  await target.press('Enter');
};
const byTouch: Press = (target) => target.tap();

/** Imports the fixture from the library's "Import" control, opens it and follows "Rehearse". */
async function openRehearsal(page: Page, press: Press) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your pitches' })).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await press(page.getByRole('button', { name: 'Import', exact: true }));
  await (await chooser).setFiles(FIXTURE);
  await press(page.getByRole('link', { name: 'Claims triage automation' }));
  await expect(page).toHaveURL(/\/pitch\?id=/);
  const id = new URL(page.url()).searchParams.get('id');
  await press(page.getByRole('link', { name: 'Rehearse' }));
  await expect(page).toHaveURL(`/rehearse?id=${id}`);
  await expect(page.getByRole('heading', { name: 'Rehearse', level: 1 })).toBeVisible();
  return id;
}

const dueCount = (page: Page) => page.getByTestId('due-count');
const announcer = (page: Page) => page.locator('p[aria-live="polite"]').first();

test('keyboard only: a new user rehearses, recalls, runs through, and finds it all after a reload', async ({
  page,
}) => {
  await page.clock.install({ time: MONDAY_9AM });
  const id = await openRehearsal(page, byKeyboard);
  const total = Number(await dueCount(page).textContent());
  expect(total).toBeGreaterThan(10);
  await expect(page.getByText(`${total} of ${total} cards due`)).toBeVisible();

  // Front, then the answer, announced for screen readers.
  await expect(announcer(page)).toHaveText(/^Front: Headline\./);
  await expect(page.getByText('Cue: Full text')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('rehearsal-front.png'), fullPage: true });
  await page.keyboard.press('Space');
  await expect(announcer(page)).toHaveText(/^Answer shown: Automating claims triage/);
  await expect(page.getByRole('button', { name: /^Good, next in 10 minutes$/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('rehearsal-back.png'), fullPage: true });

  // Space/Enter flip back and forth; grade four cards: Good, Good, Easy, Hard. (Not Again: a card
  // graded Again is due a minute later, and this test runs for more than a minute on a slow machine.)
  await page.keyboard.press('Enter');
  await expect(announcer(page)).toHaveText(/^Front: Headline\./);
  await page.keyboard.press('3');
  await expect(announcer(page)).toHaveText(/^Front: Headline\./);
  for (const key of ['3', '3', '4', '2']) {
    await page.keyboard.press('Enter');
    await expect(announcer(page)).toHaveText(/^Answer shown/);
    await page.keyboard.press(key);
    await expect(announcer(page)).toHaveText(/^Front:/);
  }
  await expect(dueCount(page)).toHaveText(String(total - 4));

  // Arrows move between cards; ↓ asks for less help.
  await expect(announcer(page)).toHaveText(/^Front: Key number\./);
  await page.keyboard.press('ArrowRight');
  await expect(announcer(page)).toHaveText(
    /^Front: Key number\. What is the key number\? Annual saving of _____/,
  );
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('Cue: First letters')).toBeVisible();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText('Cue: Full text')).toBeVisible();

  // Typed recall of the current card (a key number), graded with the keyboard.
  await byKeyboard(page.getByRole('button', { name: 'Typed recall' }));
  await page.getByLabel('Your answer').focus();
  await page.keyboard.type('21 to fourteen days');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: 'Accuracy 100%' })).toBeFocused();
  await page.keyboard.press('3');
  await expect(dueCount(page)).toHaveText(String(total - 5));
  // The whole pitch from memory, with slips: the comparison marks them.
  await page.getByRole('radio', { name: 'Whole pitch' }).focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Your answer').focus();
  await page.keyboard.type(
    'Our claims take twenty-one days to settle, six days slower than the market, and brokers have noticed.',
  );
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('heading', { name: /^Accuracy \d+%$/ })).toBeFocused();
  await expect(page.getByText(/\d+ words right: \d+ missing, 0 extra, 0 changed\./)).toBeVisible();
  await expect(page.getByRole('deletion')).toHaveCount(0);
  await expect(page.getByRole('insertion').first()).toContainText('motor');
  await page.screenshot({ path: test.info().outputPath('rehearsal-recall.png'), fullPage: true });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Flashcards' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Timed run-through: Space starts and stops.
  await byKeyboard(page.getByRole('button', { name: 'Run-through' }));
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start run-through' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Stop' })).toBeVisible();
  await page.clock.fastForward(50_000);
  await expect(page.getByText(/^0:50 \/ 1:00$/)).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByText(/0:5\d — \d+ s under your 60 s target/)).toBeVisible();
  await expect(page.getByText(/Your measured pace: \d+ words per minute/)).toBeVisible();
  await page.screenshot({
    path: test.info().outputPath('rehearsal-run-through.png'),
    fullPage: true,
  });

  // Everything is still there after a reload.
  const pace = (await page.getByText(/Your measured pace: \d+/).textContent())?.match(/\d+/)?.[0];
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Rehearse', level: 1 })).toBeVisible();
  await expect(dueCount(page)).toHaveText(String(total - 5));
  const history = page.getByRole('table', { name: /Session history/ });
  await expect(history.getByRole('row')).toHaveCount(4);
  await expect(history).toContainText('Flashcards');
  await expect(history).toContainText('Typed recall');
  await expect(history).toContainText(new RegExp(`0:5\\d · ${pace} wpm`));
  await expect(page.getByRole('definition').filter({ hasText: `${pace} wpm` })).toContainText(
    'measured in run-throughs',
  );
  await page.getByRole('heading', { name: 'Progress' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('rehearsal-stats.png'), fullPage: true });

  // "Practice all" goes through every card regardless of schedule, from the first.
  const practiceAll = page.getByRole('button', { name: 'Practice all' });
  await byKeyboard(practiceAll);
  await expect(practiceAll).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(`1 of ${total}`, { exact: true })).toBeVisible();
  await expect(announcer(page)).toHaveText(/^Front: Headline\./);
  await practiceAll.press('Enter');
  await expect(page.getByText(`1 of ${total - 5}`, { exact: true })).toBeVisible();

  // The day after, the cards graded Good on Monday are due again.
  await page.clock.fastForward('24:00:00');
  await page.reload();
  await expect(dueCount(page)).not.toHaveText(String(total - 5));

  await byKeyboard(page.getByRole('link', { name: 'Back to pitch' }));
  await expect(page).toHaveURL(`/pitch?id=${id}`);
});

test.describe('on a 375 px phone with touch', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true });

  test('the same flow by tapping, with large tap targets and nothing wider than the screen', async ({
    page,
  }) => {
    await page.clock.install({ time: MONDAY_9AM });
    await openRehearsal(page, byTouch);
    const total = Number(await dueCount(page).textContent());

    const showAnswer = page.getByRole('button', { name: 'Show answer' });
    for (const control of [
      showAnswer,
      page.getByRole('button', { name: 'Less help' }),
      page.getByRole('button', { name: 'Practice all' }),
      page.getByRole('button', { name: 'Typed recall' }),
    ]) {
      const box = await control.boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(44);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await page.screenshot({
      path: test.info().outputPath('rehearsal-phone-front.png'),
      fullPage: true,
    });

    await showAnswer.tap();
    const good = page.getByRole('button', { name: /^Good, next in/ });
    const box = await good.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    expect(box?.width).toBeGreaterThanOrEqual(44);
    await page.screenshot({
      path: test.info().outputPath('rehearsal-phone-back.png'),
      fullPage: true,
    });
    await good.tap();
    for (const grade of ['Good', 'Hard', 'Again']) {
      await showAnswer.tap();
      await page.getByRole('button', { name: new RegExp(`^${grade}, next in`) }).tap();
    }
    await expect(dueCount(page)).toHaveText(String(total - 4));

    // The key number card (after Situation, Action, Outcome) recalled by typing.
    await page.getByRole('button', { name: 'Typed recall' }).tap();
    await page.getByLabel('Your answer').tap();
    await page.getByLabel('Your answer').fill('twenty one to 14 days');
    await page.getByRole('button', { name: 'Check' }).tap();
    await expect(page.getByRole('heading', { name: 'Accuracy 100%' })).toBeVisible();
    await page.getByRole('button', { name: /^Easy, next in .* \(suggested\)$/ }).tap();
    await expect(dueCount(page)).toHaveText(String(total - 5));

    await page.getByRole('button', { name: 'Run-through' }).tap();
    await page.getByRole('button', { name: 'Start run-through' }).tap();
    await page.clock.fastForward(40_000);
    await page.getByRole('button', { name: 'Stop' }).tap();
    await expect(page.getByText(/0:4\d — \d+ s under your 60 s target/)).toBeVisible();

    await page.reload();
    await expect(dueCount(page)).toHaveText(String(total - 5));
    const history = page.getByRole('table', { name: /Session history/ });
    await expect(history.getByRole('row')).toHaveCount(4);
    await expect(history).toContainText(/0:4\d ·/);
    await expect(page.getByRole('definition').filter({ hasText: 'wpm' })).toContainText(
      'measured in run-throughs',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await page.screenshot({
      path: test.info().outputPath('rehearsal-phone-stats.png'),
      fullPage: true,
    });
  });
});

test('an unknown pitch id says so and links to the library', async ({ page }) => {
  await page.goto('/rehearse?id=no-such-pitch');
  await expect(
    page.getByRole('alert').filter({ hasText: 'There is no such pitch to rehearse' }),
  ).toContainText('Choose a pitch from your library');
  await page.getByRole('link', { name: 'Go to the library' }).click();
  await expect(page.getByRole('heading', { name: 'Your pitches' })).toBeVisible();
});

test('a blank pitch has nothing to rehearse and says what to write, not "all caught up"', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'New pitch' }).click();
  await page.getByRole('dialog', { name: 'New pitch' }).getByRole('button', { name: 'Blank pitch' }).click();
  await expect(page).toHaveURL(/\/pitch\?id=/);
  await page.getByRole('link', { name: 'Rehearse' }).click();
  const empty = page.getByRole('status').filter({ hasText: 'Nothing to rehearse yet.' });
  await expect(empty).toContainText('Write the headline');
  await expect(page.getByText(/All caught up|Practice all cards now/)).toHaveCount(0);
  await empty.getByRole('link', { name: 'Write the slide' }).click();
  await expect(page.getByRole('navigation', { name: 'Steps' })).toBeVisible();
});

async function expectNoAxeViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(
    violations.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme} mode: front, back, recall comparison, run-through and history pass axe`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.clock.install({ time: MONDAY_9AM });
    await openRehearsal(page, byKeyboard);
    await expectNoAxeViolations(page, 'front');
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: /^Good, next in/ })).toBeVisible();
    await expectNoAxeViolations(page, 'back');
    await page.keyboard.press('3');
    await page.getByRole('button', { name: 'Typed recall' }).click();
    await page
      .getByLabel('Your answer')
      .fill('Claims take 22 days to settle, slower than the market median');
    await page.getByRole('button', { name: 'Check' }).click();
    await expect(page.getByRole('heading', { name: /^Accuracy/ })).toBeVisible();
    await expectNoAxeViolations(page, 'recall comparison');
    await page.screenshot({
      path: test.info().outputPath(`rehearsal-recall-${colorScheme}.png`),
      fullPage: true,
    });
    await page.getByRole('button', { name: 'Run-through' }).click();
    await page.getByRole('button', { name: 'Start run-through' }).click();
    await page.clock.fastForward(45_000);
    await page.getByRole('button', { name: 'Stop' }).click();
    await expect(page.getByRole('table', { name: /Session history/ }).getByRole('row')).toHaveCount(
      4,
    );
    await expectNoAxeViolations(page, 'run-through result and history');
    await page.screenshot({
      path: test.info().outputPath(`rehearsal-stats-${colorScheme}.png`),
      fullPage: true,
    });
  });
}
