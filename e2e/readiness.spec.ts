import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import {
  createPitch,
  expectSaved,
  fixture,
  goToStep,
  importFile,
  importFixture,
  openLibrary,
  pageAt,
  readinessBadges,
  scoreOf,
  stepPanel,
} from './helpers';
import { expectNoAxeViolations } from './quality-helpers';

/** A slide with no error, warning or tip, and no elevator pitch at all. */
const TITLE = 'Clean slide, no pitch yet';
const { pitch: spoken, ...cleanSlide } = fixture('good-claims-triage') as {
  pitch: { text: string };
} & Record<string, unknown>;

async function importCleanSlideWithoutPitch(page: Page, info: TestInfo) {
  const file = info.outputPath('clean-slide-no-pitch.json');
  writeFileSync(file, JSON.stringify({ ...cleanSlide, title: TITLE }));
  await importFile(page, file);
}

const libraryRow = (page: Page, title: string) =>
  page
    .getByRole('list', { name: 'Pitches' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });
const figure = (scope: Locator, part: 'Slide' | 'Pitch', score: number | RegExp = /\d+/) =>
  scope.getByRole('img', {
    name:
      typeof score === 'number'
        ? `${part} readiness ${score} out of 100`
        : new RegExp(`^${part} readiness ${score.source} out of 100$`),
  });

test('a clean slide with no elevator pitch reads slide 100 and pitch 0, is not executive-ready, and rises once a pitch is written', async ({
  page,
}, info) => {
  await openLibrary(page);
  await importCleanSlideWithoutPitch(page, info);

  // The library: two small badges, the overall figure as the group's name.
  const row = libraryRow(page, TITLE);
  await expect(figure(row, 'Slide', 100)).toBeVisible();
  await expect(figure(row, 'Pitch', 0)).toBeVisible();
  await expect(row).toContainText('Slide 100');
  await expect(row).toContainText('Pitch 0');
  await expect(
    row.getByRole('group', { name: /^Overall readiness \d+ out of 100$/ }),
  ).toBeVisible();
  expect(await scoreOf(row.getByRole('group'))).toBeLessThan(100);

  // The pitch page: the same two figures next to the title.
  await row.getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(/\/pitch\?id=/);
  await expect(figure(readinessBadges(page), 'Slide', 100)).toBeVisible();
  await expect(figure(readinessBadges(page), 'Pitch', 0)).toBeVisible();

  // Review: side by side, the overall figure, and plainly no elevator pitch yet.
  await goToStep(page, 'Review');
  const review = stepPanel(page, 'Review');
  await expect(figure(review, 'Slide', 100)).toBeVisible();
  await expect(figure(review, 'Pitch', 0)).toBeVisible();
  await expect(review.getByText(/^Overall readiness \d+ \/ 100$/)).toBeVisible();
  await expect(review.getByText(/^No elevator pitch yet\./)).toBeVisible();
  await expect(page.getByText(/executive-ready/i)).toHaveCount(0);

  // The review offers to go and write it.
  await review.getByRole('button', { name: 'Go to Elevator pitch' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Elevator pitch', exact: true }),
  ).toBeFocused();
  const pitchBox = page.getByRole('textbox', { name: 'Elevator pitch', exact: true });
  await expect(pitchBox).toHaveValue('');
  await pitchBox.fill(spoken.text);

  // Pitch readiness rises as soon as the advice has run on the new text; the slide is unchanged.
  const headerPitch = figure(readinessBadges(page), 'Pitch');
  await expect(figure(readinessBadges(page), 'Pitch', 0)).toHaveCount(0);
  expect(await scoreOf(headerPitch)).toBeGreaterThan(0);
  await expect(figure(readinessBadges(page), 'Slide', 100)).toBeVisible();

  await goToStep(page, 'Review');
  await expect(figure(review, 'Pitch', 0)).toHaveCount(0);
  expect(await scoreOf(figure(review, 'Pitch'))).toBeGreaterThan(0);
  await expect(review.getByText(/^No elevator pitch yet/)).toHaveCount(0);
  await expect(review.getByRole('button', { name: 'Go to Elevator pitch' })).toHaveCount(0);
  // This fixture's pitch is clean, so now, and only now, it is executive-ready.
  await expect(review.getByText('Executive-ready: no errors or warnings left.')).toBeVisible();
  await expectSaved(page);

  // Back in the library the row follows.
  await page.getByRole('link', { name: 'One-Slide Pitch' }).click();
  const updated = libraryRow(page, TITLE);
  await expect(figure(updated, 'Pitch', 0)).toHaveCount(0);
  await expect(figure(updated, 'Pitch')).toBeVisible();
  expect(await scoreOf(figure(updated, 'Pitch'))).toBeGreaterThan(0);
  await expect(figure(updated, 'Slide', 100)).toBeVisible();
});

test('a blank pitch: the review names the errors and the missing elevator pitch', async ({
  page,
}) => {
  await openLibrary(page);
  await createPitch(page);
  await goToStep(page, 'Review');
  const review = stepPanel(page, 'Review');
  await expect(figure(review, 'Slide', 0)).toBeVisible();
  await expect(figure(review, 'Pitch', 0)).toBeVisible();
  await expect(
    review.getByText(/^No elevator pitch yet, and 5 errors and \d+ warnings? left\.$/),
  ).toBeVisible();
  await expect(review.getByRole('button', { name: 'Go to Elevator pitch' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1280, 375]) {
    test(`review and library at ${width} px, ${colorScheme}: both figures fit, no sideways scroll, no axe violations`, async ({
      browser,
    }, info) => {
      const { context, page, noSideScroll } = await pageAt(browser, width, colorScheme);

      await openLibrary(page);
      await importFixture(page, 'jargon-hedging');
      await importFixture(page, 'good-claims-triage');
      await importCleanSlideWithoutPitch(page, info);
      const rows = page.getByRole('list', { name: 'Pitches' }).getByRole('listitem');
      await expect(rows).toHaveCount(3);
      await expect(rows.getByRole('img', { name: /^Pitch readiness \d+ out of 100$/ })).toHaveCount(
        3,
      );
      for (let i = 0; i < 3; i += 1) {
        const box = (await rows.nth(i).boundingBox())!;
        for (const part of ['Slide', 'Pitch'] as const) {
          const badge = (await figure(rows.nth(i), part).boundingBox())!;
          expect(badge.x + badge.width).toBeLessThanOrEqual(box.x + box.width);
        }
      }
      await noSideScroll();
      await expectNoAxeViolations(page, `library, ${width} px ${colorScheme}`);
      await page.screenshot({
        path: info.outputPath(`library-${width}-${colorScheme}.png`),
        fullPage: true,
      });

      await libraryRow(page, TITLE).getByRole('link', { name: TITLE }).click();
      await expect(figure(readinessBadges(page), 'Pitch', 0)).toBeVisible();
      await goToStep(page, 'Review');
      const review = stepPanel(page, 'Review');
      await expect(review.getByText(/^No elevator pitch yet\./)).toBeVisible();
      await noSideScroll();
      await expectNoAxeViolations(
        page,
        `review without an elevator pitch, ${width} px ${colorScheme}`,
      );
      await review.screenshot({ path: info.outputPath(`review-${width}-${colorScheme}.png`) });
      await page.screenshot({
        path: info.outputPath(`review-page-${width}-${colorScheme}.png`),
        fullPage: true,
      });
      await context.close();
    });
  }
}
