import { expect, test, type Page } from '@playwright/test';
import { createPitch, goToStep, openLibrary } from './helpers';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

/**
 * Records every `securitypolicyviolation` the page's document sees, from the first script on:
 * the console alone misses violations that a library catches and recovers from.
 */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`),
      true,
    );
  });
}

const violations = (page: Page) => page.evaluate(() => window.cspViolations);

test.beforeEach(async ({ page }) => {
  await recordViolations(page);
});

test('the recorder sees a violation: a string run as code on the page is refused and reported', async ({
  page,
}) => {
  await openLibrary(page);
  // Code Playwright evaluates is exempt from the CSP; a string timer is compiled by the page.
  await page.evaluate(() => {
    (window as unknown as { ran?: boolean }).ran = false;
    (setTimeout as (code: string) => number)('window.ran = true');
  });
  await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src eval/)]);
  expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBe(false);
});

test('exporting the slide and the card trips no CSP rule (no eval in the export code)', async ({
  page,
}) => {
  await openLibrary(page);
  await createPitch(page, /Insurance: claims triage/);
  await goToStep(page, 'Review');
  for (const name of ['Download PPTX', 'Download card']) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name }).click();
    expect((await download).suggestedFilename()).toMatch(/\.(pptx|pdf)$/);
  }
  expect(await violations(page)).toEqual([]);
});
