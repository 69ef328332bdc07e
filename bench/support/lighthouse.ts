/**
 * Lighthouse 12 scores (performance, accessibility) with the system Chromium, against a library
 * that holds a pitch, so the pitch page is measured with content rather than "not found".
 */
import { chromium } from '@playwright/test';
import lighthouse, { desktopConfig } from 'lighthouse';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, systemChromiumPath } from '../../scripts/chromium';

export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseScores {
  performance: number;
  /** Why Lighthouse could not score the run (e.g. NO_FCP), when it could not. */
  runtimeError?: string;
  accessibility: number;
  metrics: Record<string, string>;
  failedAccessibilityAudits: string[];
  /** The scripts that kept the main thread busiest (bootup-time audit), as "chunk 1,234 ms". */
  busiestScripts: string[];
  /** What the largest contentful paint was (a selector), to know what to make appear sooner. */
  lcpElement: string;
  /** The longest main-thread tasks as Lighthouse counts them (simulated), as "chunk 180 ms". */
  longTasks: string[];
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

function longestTasks(details: unknown, count = 5): string[] {
  const items =
    (details as { items?: Array<{ url?: string; duration?: number }> } | undefined)?.items ?? [];
  return [...items]
    .sort((a, b) => (b.duration ?? 0) - (a.duration ?? 0))
    .slice(0, count)
    .map((t) => `${scriptName(t.url ?? 'unattributed')} ${Math.round(t.duration ?? 0)} ms`);
}

function lcpElement(details: unknown): string {
  type Table = { items?: Array<{ items?: Array<{ node?: { selector?: string } }> }> };
  return (details as Table | undefined)?.items?.[0]?.items?.[0]?.node?.selector ?? 'n/a';
}

/**
 * Creates a pitch through the library UI in a persistent Chromium profile (so Lighthouse's tab
 * shares its IndexedDB) and returns a measuring session. Every run starts its own browser on
 * that profile: a renderer left over from the setup or an earlier run made Lighthouse's tab start
 * with a 100+ ms walk of the old heap, counted as a long task of the page.
 */
export async function openLighthouseSession(
  origin: string,
  debugPort = 9333,
): Promise<LighthouseSession> {
  const profile = mkdtempSync(join(tmpdir(), 'one-slide-pitch-lighthouse-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: systemChromiumPath(),
      headless: true,
      args: [...CHROMIUM_ARGS, `--remote-debugging-port=${debugPort}`],
    });
  const setup = await launch();
  const page = setup.pages()[0] ?? (await setup.newPage());
  await page.goto(`${origin}/`);
  await page.getByRole('button', { name: 'New pitch' }).click();
  await page
    .getByRole('dialog', { name: 'New pitch' })
    .getByRole('button', { name: /Insurance: claims triage/ })
    .click();
  await page.waitForURL(/\/pitch\?id=/);
  const pitchId = new URL(page.url()).searchParams.get('id')!;
  await page.waitForSelector('[data-save-state="saved"]').catch(() => undefined);
  await setup.close();

  /**
   * A fresh browser whose IndexedDB still holds the pitch, without the service worker or the
   * HTTP cache: every run is a first visit over the network.
   */
  async function launchForColdLoad() {
    const context = await launch();
    const blank = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(blank);
    await cdp.send('Storage.clearDataForOrigin', {
      origin,
      storageTypes: 'service_workers,cache_storage',
    });
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    return context;
  }

  return {
    pitchId,
    async measure(url, formFactor) {
      const context = await launchForColdLoad();
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
      ).finally(() => context.close());
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      // BENCH_LH_TRACE=file.json keeps the run's Chrome trace, to open in DevTools' Performance panel.
      if (process.env.BENCH_LH_TRACE) {
        writeFileSync(process.env.BENCH_LH_TRACE, JSON.stringify(result.artifacts.Trace));
      }
      const { categories, audits } = result.lhr;
      const metric = (id: string) => audits[id]?.displayValue ?? 'n/a';
      return {
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        runtimeError: result.lhr.runtimeError
          ? `${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`
          : undefined,
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
        longTasks: longestTasks(audits['long-tasks']?.details),
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
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
