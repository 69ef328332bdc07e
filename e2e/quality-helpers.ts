import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

/** Parses a Content-Security-Policy header into directive → sources. */
export function parsePolicy(header: string | undefined): Map<string, string[]> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** The nonce a page policy allows scripts with, or undefined. */
export function nonceOf(header: string | undefined): string | undefined {
  return parsePolicy(header)
    .get('script-src')
    ?.find((source) => source.startsWith(`'nonce-`))
    ?.slice(`'nonce-`.length, -1);
}

/** Headers every answer carries, page or API. */
export function expectBaseSecurityHeaders(headers: Record<string, string>) {
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  const permissions = (headers['permissions-policy'] ?? '').split(/,\s*/);
  for (const feature of ['camera', 'microphone', 'geolocation'])
    expect(permissions).toContain(`${feature}=()`);
  const policy = parsePolicy(headers['content-security-policy']);
  expect(policy.get('frame-ancestors')).toEqual([`'none'`]);
}

/**
 * Records every request the context makes (pages, workers, downloads) and every CSP violation the
 * browser reports, so a test can assert that nothing left the app's origin and nothing was blocked.
 */
export function watchTraffic(context: BrowserContext) {
  const requests: string[] = [];
  const violations: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const watchPage = (page: Page) =>
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return {
    requests,
    violations,
    /** Requests that went anywhere but `origin` (blob: and data: URLs never leave the browser). */
    foreign(origin: string) {
      return requests.filter(
        (url) =>
          !url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== origin,
      );
    },
  };
}

/** Runs axe with the WCAG 2.1 A/AA rules and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, state: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`).join('\n')}`,
  );
  expect(summary, `axe violations in ${state}`).toEqual([]);
}

/** Waits until the service worker controls the page, i.e. the app is cached for offline use. */
export async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Whether the focused element shows a focus indicator (an outline or a ring) the user can see. */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== 'none' && style.boxShadow !== '';
    return element.matches(':focus-visible') && (outline || ring);
  });
}

/** A short description of the focused element, for failure messages. */
async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    const text = (element?.getAttribute('aria-label') ?? element?.innerText ?? '')
      .trim()
      .slice(0, 60);
    return `<${element?.tagName.toLowerCase()}> ${text}`;
  });
}

/**
 * Presses Tab until `target` has focus, checking at every stop that focus is visible, as a
 * keyboard user would see it. Fails after `maxPresses`.
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 120) {
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Tab');
    // Focus on <body> means it went to the browser's own UI (past the last control): Tab goes on.
    if (await page.evaluate(() => document.activeElement === document.body)) continue;
    expect(await focusIsVisible(page), `focus is visible on ${await describeFocus(page)}`).toBe(
      true,
    );
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false))
      return;
  }
  throw new Error(`${target} not reached within ${maxPresses} Tab presses`);
}

/** Whether any script the page itself has loaded so far (workers' scripts excluded) contains `marker`. */
export async function pageLoadedScriptContaining(page: Page, marker: string): Promise<boolean> {
  const { urls, bufferFull } = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource');
    return {
      urls: entries.map((e) => e.name).filter((name) => new URL(name).pathname.endsWith('.js')),
      // Resource Timing keeps 250 entries by default: past that, a script could be missing here.
      bufferFull: entries.length >= 250,
    };
  });
  if (bufferFull)
    throw new Error('Resource Timing buffer full: the list of loaded scripts may be incomplete.');
  const bodies = await Promise.all(urls.map((url) => page.request.get(url).then((r) => r.text())));
  return bodies.some((body) => body.includes(marker));
}
