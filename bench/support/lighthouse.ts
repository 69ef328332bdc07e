/**
 * Lighthouse 12 scores (performance, accessibility) with the system Chromium, against a library
 * that holds a pitch, so the pitch page is measured with content rather than "not found".
 */
import { chromium } from '@playwright/test';
import lighthouse, { desktopConfig } from 'lighthouse';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, systemChromiumPath } from '../../scripts/chromium';

export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  metrics: Record<string, string>;
  failedAccessibilityAudits: string[];
  /** The scripts that kept the main thread busiest (bootup-time audit), as "chunk 1,234 ms". */
  busiestScripts: string[];
  /** What the largest contentful paint was (a selector), to know what to make appear sooner. */
  lcpElement: string;
}

export interface LighthouseSession {
  /** Id of the pitch created through the UI ("New pitch" → the insurance example). */
  pitchId: string;
  measure(url: string, formFactor: FormFactor): Promise<LighthouseScores>;
  close(): Promise<void>;
}

interface BootupItem {
  url?: string;
  scripting?: number;
}

/** A chunk's file name, the page itself as "(page inline)", or the label Lighthouse gave. */
function scriptName(url: string): string {
  if (!URL.canParse(url)) return url;
  const { pathname } = new URL(url);
  return pathname.startsWith('/_next/') ? pathname.split('/').pop()! : '(page inline)';
}

function busiest(details: unknown, count = 3): string[] {
  const items = ((details as { items?: BootupItem[] } | undefined)?.items ?? []).filter(
    (i) => i.url && i.scripting,
  );
  return items
    .sort((a, b) => b.scripting! - a.scripting!)
    .slice(0, count)
    .map((i) => `${scriptName(i.url!)} ${Math.round(i.scripting!).toLocaleString('en')} ms`);
}

function lcpElement(details: unknown): string {
  type Table = { items?: Array<{ items?: Array<{ node?: { selector?: string } }> }> };
  return (details as Table | undefined)?.items?.[0]?.items?.[0]?.node?.selector ?? 'n/a';
}

/**
 * Launches Chromium (a persistent profile, so Lighthouse's tab shares its IndexedDB), creates a
 * pitch through the library UI, and returns a measuring session.
 */
export async function openLighthouseSession(
  origin: string,
  debugPort = 9333,
): Promise<LighthouseSession> {
  const profile = mkdtempSync(join(tmpdir(), 'one-slide-pitch-lighthouse-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: systemChromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${debugPort}`],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'New pitch' }).click();
  await page
    .getByRole('dialog', { name: 'New pitch' })
    .getByRole('button', { name: /Insurance: claims triage/ })
    .click();
  await page.waitForURL(/\/pitch\?id=/);
  const pitchId = new URL(page.url()).searchParams.get('id')!;
  await page.waitForSelector('[data-save-state="saved"]').catch(() => undefined);
  await page.goto('about:blank');
  const cdp = await context.newCDPSession(page);

  // IndexedDB stays (the pitch); the service worker and the HTTP cache go: every run is a first
  // visit over the network.
  async function resetForColdLoad() {
    await cdp.send('Storage.clearDataForOrigin', {
      origin,
      storageTypes: 'service_workers,cache_storage',
    });
    await cdp.send('Network.clearBrowserCache');
  }

  return {
    pitchId,
    async measure(url, formFactor) {
      await resetForColdLoad();
      const result = await lighthouse(
        url,
        {
          port: debugPort,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          disableStorageReset: true,
        },
        formFactor === 'desktop' ? desktopConfig : undefined,
      );
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = result.lhr;
      const metric = (id: string) => audits[id]?.displayValue ?? 'n/a';
      return {
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        metrics: {
          FCP: metric('first-contentful-paint'),
          LCP: metric('largest-contentful-paint'),
          TBT: metric('total-blocking-time'),
          CLS: metric('cumulative-layout-shift'),
          SI: metric('speed-index'),
        },
        busiestScripts: busiest(audits['bootup-time']?.details),
        lcpElement: lcpElement(audits['largest-contentful-paint-element']?.details),
        failedAccessibilityAudits: Object.values(audits)
          .filter(
            (a) =>
              a.score === 0 &&
              (categories.accessibility?.auditRefs ?? []).some((ref) => ref.id === a.id),
          )
          .map((a) => a.id),
      };
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
