import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPptx } from '../test-support/pptx-package';
import { portfolioBackup } from '../test-support/portfolio-library';
import { importFile, openLibrary, pageAt } from './helpers';
import { expectNoAxeViolations } from './quality-helpers';

let folder: string;
let backupPath: string;
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'portfolio-e2e-'));
  backupPath = join(folder, 'portfolio-library.json');
  writeFileSync(backupPath, JSON.stringify(portfolioBackup()));
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Imports the 12-pitch library and opens the portfolio from the library's link. */
async function openPortfolio(page: Page) {
  await openLibrary(page);
  await importFile(page, backupPath);
  await page.getByRole('link', { name: 'Portfolio' }).click();
  await expect(page.getByRole('heading', { name: 'Portfolio', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Benefit ranking' })).toBeVisible();
}

const usdRanking = (page: Page) =>
  page
    .getByRole('region', { name: 'Ranking in USD' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 4 }) });

test('the portfolio of imported pitches: tree, untraced pitches, formula, a rank that moves with an input, the slide', async ({
  page,
}) => {
  await openPortfolio(page);

  const untraced = page.getByRole('region', { name: /Not traced to any objective/ });
  await expect(untraced.getByRole('heading')).toHaveText('Not traced to any objective (2)');
  await expect(untraced.getByRole('link')).toHaveCount(2);
  await expect(untraced.getByRole('link', { name: 'Permit applications online' })).toBeVisible();
  await expect(untraced.getByRole('link', { name: 'Data centre exit' })).toBeVisible();
  await expect(untraced).toContainText('Initiative: Cloud first · Program: DC exit');

  const tree = page.getByRole('region', { name: 'Strategy tree' });
  await expect(tree).toContainText('Gap: no initiative named in the trace');
  await expect(
    tree.getByRole('heading', {
      level: 3,
      name: /Objective Improve patient safety \(2 pitches\)/i,
    }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Names that may be the same' })).toContainText(
    'Objective: “Retain top 20 brokers” and “Retain top-20 brokers”',
  );

  await expect(page.locator('p').filter({ hasText: /^Formula:/ })).toContainText(
    'annual benefit × confidence × (36 − months to first benefit) ÷ 12 ÷ one-off cost',
  );
  await expect(page.getByRole('note')).toContainText('Ranked per currency (USD, EUR)');

  // The slide's numbers prefill the inputs, saying where they come from.
  const first = usdRanking(page).first();
  await expect(first.getByRole('heading')).toHaveText('Rank 1: Renewal pricing analytics');
  await expect(
    first.getByRole('textbox', { name: 'Annual benefit of Renewal pricing analytics' }),
  ).toHaveValue('900,000');
  await expect(first).toContainText('From the slide: “$900,000 a year” (Outcome 1)');
  await expect(first).toContainText('$900K × 50% × (36 − 6) ÷ 12 ÷ $250K = 4.50');

  // Edit one input: the rank changes, and the edit is saved into the pitch.
  const confidence = first.getByRole('textbox', {
    name: 'Confidence (%) of Renewal pricing analytics',
  });
  await confidence.fill('10');
  await confidence.press('Enter');
  await expect(usdRanking(page).first().getByRole('heading')).toHaveText(
    'Rank 1: Theatre scheduling',
  );
  const moved = usdRanking(page).filter({ hasText: 'Renewal pricing analytics' });
  await expect(moved.getByRole('heading')).toHaveText('Rank 7: Renewal pricing analytics');
  await expect(moved).toContainText('Entered by you');
  await page.reload();
  await expect(usdRanking(page).first().getByRole('heading')).toHaveText(
    'Rank 1: Theatre scheduling',
  );

  // A rate ranks both currencies together.
  await page.getByRole('textbox', { name: '1 EUR = ? USD' }).fill('1.08');
  await expect(page.getByRole('note')).toHaveText(
    'Ranked together in USD, converted at 1 EUR = 1.08 USD.',
  );
  await expect(usdRanking(page)).toHaveCount(11);

  // WSJF is the alternative formula.
  await page.getByRole('radio', { name: 'WSJF (weighted shortest job first)' }).check();
  await expect(page.locator('p').filter({ hasText: /^Formula:/ })).toContainText('cost of delay ÷ job size');
  await expect(usdRanking(page).first().getByRole('heading')).toHaveText(
    'Rank 1: Permit applications online',
  );

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download portfolio PPTX' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('portfolio.pptx');
  const pptx = await openPptx(new Uint8Array(readFileSync((await file.path())!)));
  expect(pptx.names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(1);
  const chart = [...pptx.xml.entries()].find(([name]) => name.startsWith('ppt/charts/chart'));
  expect(chart?.[1]).toContain('<c:scatterChart>');
  const slide = pptx.xml.get('ppt/slides/slide1.xml')!;
  expect(slide).toContain('top 8 by WSJF');
  expect(slide).toContain('converted at 1 EUR = 1.08 USD');
  expect(slide).toContain('Moving permit applications online clears the backlog in four months');
});

test('merging a near-duplicate is offered, never done silently, and renames the traces when chosen', async ({
  page,
}) => {
  await openPortfolio(page);
  const tree = page.getByRole('region', { name: 'Strategy tree' });
  await expect(
    tree.getByRole('heading', { level: 3, name: /Retain top-20 brokers \(1 pitch\)/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Merge as “Retain top 20 brokers”' }).click();
  await expect(page.getByText('Merged into “Retain top 20 brokers” in 1 pitch.')).toBeVisible();
  await expect(
    tree.getByRole('heading', { level: 3, name: /Objective Retain top 20 brokers \(3 pitches\)/ }),
  ).toBeVisible();
  await expect(tree.getByRole('heading', { level: 3, name: /Retain top-20 brokers/ })).toHaveCount(
    0,
  );
  await expect(
    page.getByText('Objective: “Retain top 20 brokers” and “Retain top-20 brokers”'),
  ).toHaveCount(0);
});

for (const [width, scheme] of [
  [375, 'light'],
  [1280, 'dark'],
] as const) {
  test(`at ${width} px (${scheme}): no sideways scroll and no axe violations`, async ({
    browser,
  }) => {
    const { context, page, noSideScroll } = await pageAt(browser, width, scheme);
    await openPortfolio(page);
    await expect(page.getByRole('img').or(page.locator('.recharts-surface')).first()).toBeVisible();
    await noSideScroll();
    await expectNoAxeViolations(page, `the portfolio at ${width} px`);
    await page.screenshot({ path: test.info().outputPath(`portfolio-${width}-tree.png`) });
    await page.getByRole('heading', { name: 'Benefit ranking' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`portfolio-${width}-ranking.png`) });
    await context.close();
  });
}
