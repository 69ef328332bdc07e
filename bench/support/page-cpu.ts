/**
 * The page's main-thread CPU time from navigation start to ready, read from a Chrome trace: the
 * thread time (`tdur`) of the renderer main thread's top-level tasks. Machine load stretches wall
 * time (the thread waits for a core) but not thread time, so this ratio stays put on a busy machine.
 */
import type { Browser, BrowserContext } from '@playwright/test';
import { throttledPage } from './page-browser';
import { loadProbe, readLoadTiming, type ReadyCondition } from './page-probes';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { documentLoaderURL?: string } };
}

const TOP_LEVEL_TASK = 'ThreadControllerImpl::RunTask';

/**
 * Main-thread CPU (ms) of the document loaded from `url`, from its navigation start to `untilMs`;
 * null when the trace holds no navigation start for it (Chrome sometimes leaves it out).
 */
export function mainThreadCpu(events: TraceEvent[], url: string, untilMs: number): number | null {
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url,
  );
  if (!nav) return null;
  const main = events.find(
    (e) => e.name === 'thread_name' && e.pid === nav.pid && e.args?.name === 'CrRendererMain',
  );
  const end = nav.ts + untilMs * 1000;
  let cpu = 0;
  for (const e of events) {
    if (e.name !== TOP_LEVEL_TASK || e.ph !== 'X' || e.pid !== nav.pid || e.tid !== main?.tid)
      continue;
    if (e.ts + (e.dur ?? 0) < nav.ts || e.ts > end) continue;
    // A task cut by the window counts in proportion (its thread time is not split in the trace).
    const inside = Math.min(e.ts + (e.dur ?? 0), end) - Math.max(e.ts, nav.ts);
    cpu += ((e.tdur ?? 0) * inside) / Math.max(e.dur ?? 1, 1);
  }
  return cpu / 1000;
}

/** One load of `url` in a new throttled tab of `context`, traced: its ready time and main-thread CPU. */
export async function tracedLoad(
  browser: Browser,
  context: BrowserContext,
  url: string,
  condition: ReadyCondition,
  cpuRate: number,
): Promise<{ ready: number; cpu: number | null }> {
  const page = await throttledPage(context, cpuRate);
  try {
    await page.addInitScript({ content: loadProbe(condition) });
    await browser.startTracing(page, {
      categories: ['toplevel', 'devtools.timeline', 'loading', 'blink.user_timing'],
    });
    await page.goto(url);
    const { ready } = await readLoadTiming(page);
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
      traceEvents: TraceEvent[];
    };
    return { ready, cpu: mainThreadCpu(trace.traceEvents, page.url(), ready) };
  } finally {
    await page.close();
  }
}
