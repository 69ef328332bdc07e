import { expect, test, type Page } from '@playwright/test';
import {
  createPitch,
  expectSaved,
  goToStep,
  importFixture,
  openLibrary,
  readinessBadges,
  stepPanel,
} from './helpers';

const shot = (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
const advice = (page: Page, rule: string) => page.locator(`[data-rule="${rule}"]`);
const preview = (page: Page) => page.getByRole('img', { name: 'Slide preview' });

async function fillFlow(page: Page, screenshots: string) {
  await openLibrary(page);
  await createPitch(page);
  await page.getByLabel('Title').fill('Faster permit decisions');
  await page.getByLabel('Audience').fill('City operations board');

  // Situation: a required section, empty at first.
  await expect(page.getByRole('heading', { level: 2, name: 'Situation' })).toBeVisible();
  await expect(page.getByText('Example (Logistics):')).toBeVisible();
  await page
    .getByLabel('Situation 1')
    .fill('Permits take 40 working days, twice the national average');
  await page.getByRole('button', { name: 'Add situation point' }).click();
  await page.getByLabel('Situation 2').fill('Applicants call the helpline 900 times a week');
  await expect(preview(page)).toContainText('Permits take 40 working days');
  await shot(page, `${screenshots}-1-situation`);

  await page.getByRole('button', { name: 'Next: Action →' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Action' })).toBeFocused();
  await page.getByLabel('Action 1').fill('Move all applications to one online queue by June');
  await page.getByRole('button', { name: 'Add action point' }).click();
  await page
    .getByLabel('Action 2')
    .fill('Give each case one named officer from intake to decision');
  await shot(page, `${screenshots}-2-action`);

  await page.getByRole('button', { name: 'Next: Outcome →' }).click();
  // Advice appears while the outcome has no number, and disappears once it does.
  await page.getByLabel('Outcome 1').fill('Applicants are much happier with the service');
  await expect(advice(page, 'no-metric')).toBeVisible();
  await expect(
    page
      .getByRole('navigation', { name: 'Steps' })
      .getByRole('button', { name: /Outcome \(has advice\)/ }),
  ).toBeVisible();
  await page.getByLabel('Outcome 1').fill('Decisions fall from 40 to 15 working days by December');
  await expect(advice(page, 'no-metric')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add outcome point' }).click();
  await page.getByLabel('Outcome 2').fill('Helpline calls drop by half within six months');
  await shot(page, `${screenshots}-3-outcome`);

  await page.getByRole('button', { name: 'Next: Headline & Ask →' }).click();
  await page.getByLabel('Headline').fill('Permit Queue Update');
  await expect(advice(page, 'headline-not-claim')).toBeVisible();
  await expect(advice(page, 'headline-length')).toBeVisible();
  await page
    .getByLabel('Headline')
    .fill('One online queue will cut permit decisions to 15 days this year');
  await expect(advice(page, 'headline-not-claim')).toHaveCount(0);
  await expect(preview(page)).toContainText('One online queue will cut permit decisions');
  await page.getByLabel('Ask').fill('We need your support');
  await expect(advice(page, 'vague-ask')).toBeVisible();
  await page.getByLabel('Ask').fill('Approve $400K and one product owner by May');
  await expect(advice(page, 'vague-ask')).toHaveCount(0);
  await expect(preview(page)).toContainText('Approve $400K and one product owner by May');
  await shot(page, `${screenshots}-4-headline`);

  await page.getByRole('button', { name: 'Next: Trace →' }).click();
  await page.getByLabel('Objective').fill('Faster services for residents');
  await page.getByLabel('If', { exact: true }).fill('the queue is live by June');
  await page.getByLabel('Then', { exact: true }).fill('decisions take 15 days');
  await page.getByLabel('Else', { exact: true }).fill('the backlog keeps growing');
  await expect(preview(page)).toContainText('Faster services for residents');
  await shot(page, `${screenshots}-5-trace`);

  await goToStep(page, 'Review');
  // A clean slide, but no elevator pitch yet: never called executive-ready.
  const review = stepPanel(page, 'Review');
  await expect(review.getByRole('img', { name: 'Slide readiness 100 out of 100' })).toBeVisible();
  await expect(review.getByRole('img', { name: 'Pitch readiness 0 out of 100' })).toBeVisible();
  await expect(
    readinessBadges(page).getByRole('img', { name: 'Slide readiness 100 out of 100' }),
  ).toBeVisible();
  await expect(review.getByText(/^No elevator pitch yet\./)).toBeVisible();
  await expect(review.getByRole('button', { name: 'Go to Elevator pitch' })).toBeVisible();
  await expect(page.getByText(/executive-ready/i)).toHaveCount(0);
  await expectSaved(page);
  await shot(page, `${screenshots}-7-review`);
}

test('a new user fills the guided flow by label and reaches Review with slide readiness 100', async ({
  page,
}) => {
  await fillFlow(page, 'desktop');
  await page.getByLabel('Theme').selectOption('ember');
  await expect(preview(page)).toBeVisible();
  await preview(page).screenshot({ path: test.info().outputPath('preview-ember.png') });
  // The library shows slide and pitch readiness at a glance.
  await page.getByRole('link', { name: 'One-Slide Pitch' }).click();
  const row = page.getByRole('listitem').filter({ hasText: 'Faster permit decisions' });
  await expect(row.getByRole('img', { name: 'Slide readiness 100 out of 100' })).toBeVisible();
  await expect(row.getByRole('img', { name: 'Pitch readiness 0 out of 100' })).toBeVisible();
});

test('the flow works on a 375 px phone, preview below the form', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await fillFlow(page, 'phone');
  const form = await page
    .getByRole('heading', { level: 2, name: 'Review', exact: true })
    .boundingBox();
  const slide = await preview(page).boundingBox();
  expect(slide!.y).toBeGreaterThan(form!.y);
  expect(slide!.width).toBeLessThanOrEqual(375);
  // Nothing is wider than the phone: no sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await context.close();
});

test('required fields and text that does not fit are errors on the Review step', async ({
  page,
}) => {
  await openLibrary(page);
  await createPitch(page);
  await goToStep(page, 'Review');
  await expect(page.getByText(/5 errors/)).toBeVisible();
  await goToStep(page, 'Headline & Ask');
  await page
    .getByLabel('Headline')
    .fill('Launching the new portal will halve onboarding time '.repeat(11).trim());
  await expect(advice(page, 'overflow')).toBeVisible();
  await expect(page.getByText('Text does not fit').first()).toBeVisible();
});

test('Review names each finding’s field as the form does ("Action 3"), never as a path', async ({
  page,
}) => {
  await openLibrary(page);
  await importFixture(page, 'passive');
  await page.getByRole('link', { name: 'Claims triage automation' }).click();
  await goToStep(page, 'Review');
  const findings = stepPanel(page, 'Review').getByRole('listitem');
  await expect(findings.filter({ hasText: /^warning · Action 3: /i })).toHaveCount(1);
  await expect(stepPanel(page, 'Review')).not.toContainText('action[2]');
});

test('every step is reachable and usable by keyboard alone', async ({ page }) => {
  await openLibrary(page);
  await createPitch(page);
  const steps = page.getByRole('navigation', { name: 'Steps' });
  await steps.getByRole('button', { name: /^Situation/ }).focus();
  await page.keyboard.press('Tab');
  await expect(steps.getByRole('button', { name: /^Action/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Action' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Action 1')).toBeFocused();
  await page.keyboard.type('Hire two inspectors by March');
  await expectSaved(page);
});
