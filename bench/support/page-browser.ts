/**
 * The page bench's browser: the system Chromium with the repo's flags, a pitch imported through
 * the library UI, page loads timed in-page with the CPU slowed through CDP, and typing timed
 * from keydown to the slide preview.
 */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromiumPath } from '../../scripts/chromium';
import {
  keystrokeProbe,
  loadProbe,
  renderCountProbe,
  readLoadTiming,
  type LoadTiming,
  type ReadyCondition,
} from './page-probes';

export type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: systemChromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** No service worker: a warm load is served by the HTTP cache, a cold one by the server. */
export function newContext(browser: Browser, storageState?: StorageState) {
  return browser.newContext({ serviceWorkers: 'block', storageState });
}

/** A new tab with the CPU slowed `cpuRate`× (CDP Emulation.setCPUThrottlingRate). */
export async function throttledPage(context: BrowserContext, cpuRate: number) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  return page;
}

/**
 * Imports the pitch file at `file` through the library's Import control (as e2e/helpers.ts does),
 * opens it from the list and returns its id from the URL.
 */
export async function importPitch(
  context: BrowserContext,
  origin: string,
  file: string,
  title: string,
) {
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.getByRole('heading', { name: 'Your pitches' }).waitFor();
  await page.getByText('Opening your library…').waitFor({ state: 'hidden' });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
  await page.getByRole('link', { name: title }).click();
  await page.waitForURL(/\/pitch\?id=/);
  const id = new URL(page.url()).searchParams.get('id')!;
  await page.close();
  return id;
}

/** Loads `url` in a new throttled tab of `context` and returns the in-page timing of `condition`. */
export async function timedLoad(
  context: BrowserContext,
  url: string,
  condition: ReadyCondition,
  cpuRate: number,
): Promise<LoadTiming> {
  const page = await throttledPage(context, cpuRate);
  try {
    await page.addInitScript({ content: loadProbe(condition) });
    await page.goto(url);
    return await readLoadTiming(page);
  } finally {
    await page.close();
  }
}

/** Whether the field the load probe timed is the one Playwright's getByLabel finds, as e2e tests do. */
export async function probedFieldIsGetByLabel(
  context: BrowserContext,
  url: string,
  condition: Extract<ReadyCondition, { kind: 'field' }>,
) {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: loadProbe(condition) });
    await page.goto(url);
    await readLoadTiming(page);
    return await page
      .getByLabel(condition.label, { exact: true })
      .evaluate(
        (el) => el === (window as unknown as { __bench: { element: Element } }).__bench.element,
      );
  } finally {
    await page.close();
  }
}

/** Typed at the end of the Headline, one key at a time. */
const TYPED = ' for our twenty top brokers';
/** About 60 words a minute; a key waits longer when the page has not taken the last one yet. */
const KEY_INTERVAL_MS = 200;

/**
 * On a loaded pitch page: opens the Headline & Ask step (as e2e/helpers.ts goToStep does), types
 * TYPED after the saved `headline` with real key events, and returns, per character other than a
 * space, the time from its keydown to the slide preview showing it; and what React rendered for
 * the keys after the first (commits, components, and how often the editor itself rendered).
 */
export async function keystrokeLatencies(page: Page, headline: string) {
  await page
    .getByRole('navigation', { name: 'Steps' })
    .getByRole('button', { name: /^Headline & Ask( \(|$)/ })
    .click();
  await page.getByLabel('Headline', { exact: true }).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.locator('[role="img"][aria-label="Slide preview"][aria-busy="false"]').waitFor();
  await page.waitForTimeout(1_000); // the step's advice and the drawn slide settle first
  await page.evaluate(keystrokeProbe(headline, TYPED));
  await page.evaluate(renderCountProbe());
  // The first key turns "Saved" into "Saving…" (the editor's own state); the others do not.
  await page.keyboard.type(TYPED[0]!);
  await page.waitForTimeout(KEY_INTERVAL_MS);
  await page.evaluate('window.__renders.counting = true');
  for (const key of TYPED.slice(1)) {
    await page.keyboard.type(key);
    await page.waitForTimeout(KEY_INTERVAL_MS);
  }
  const renders = await page.evaluate<{ commits: number; components: number; editor: number }>(
    'window.__renders.counting = false, window.__renders',
  );
  await page
    .waitForFunction(`window.__keys.shown.length >= ${TYPED.length}`, null, { timeout: 10_000 })
    .catch(() => undefined);
  const { down, shown } = await page.evaluate<{ down: number[]; shown: number[] }>('window.__keys');
  const latencies = down.flatMap((t, i) =>
    TYPED[i] !== ' ' && shown[i] !== undefined ? [shown[i]! - t] : [],
  );
  return {
    latencies,
    missed: TYPED.length - shown.length,
    intervalMs: KEY_INTERVAL_MS,
    renders: { ...renders, keys: TYPED.length - 1 },
  };
}
