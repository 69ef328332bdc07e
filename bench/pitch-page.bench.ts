/**
 * Pitch page speed with the CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), measured in the
 * page (performance.now() from navigation start) beside a floor in the same run:
 * - floor: the framework's own 404 page (GET /no-such-page-bench) until its "404" heading is in the
 *   DOM, React has committed the hydration and the load event has fired;
 * - ready: /pitch?id=… until the editor's first form field (Title) is attached, visible, enabled,
 *   not read-only and holds the saved text of a pitch imported from e2e/fixtures/pitches through
 *   the library UI, and the load event has fired. Goal: ready ≤ 1.5 × floor. Both with a warm HTTP
 *   cache (one context, a new tab per load, after one untimed load of each page) and cold (a new
 *   context per load, its IndexedDB restored from the seeded one); service workers are blocked;
 * - keystroke → preview: keydown of each character typed into the Headline field → the slide
 *   preview's text holds it. Goal: ≤ 50 ms.
 * Also prints where each page's time went (chunk bursts, React commits, IndexedDB, long tasks).
 * Never fails on a missed goal. Builds into its own dist dir when needed and runs `next start`
 * with RATE_LIMIT_PER_MINUTE=0.
 *
 * Env: BENCH_DIST_DIR (default .next-bench-page), BENCH_PORT (3391), BENCH_REBUILD=1,
 * BENCH_PAGE_RUNS (5; medians are reported), CHROMIUM_PATH (/usr/bin/chromium),
 * BENCH_PAGE_TRACE=/path/prefix writes Chrome traces of one more cold load of each page to
 * prefix-floor.json and prefix-pitch.json (open them in DevTools' Performance panel).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ensureBuild, startServer } from './support/next-server';
import {
  importPitch,
  keystrokeLatencies,
  launchChromium,
  newContext,
  probedFieldIsGetByLabel,
  throttledPage,
  timedLoad,
} from './support/page-browser';
import {
  loadProbe,
  readLoadTiming,
  type LoadTiming,
  type ReadyCondition,
} from './support/page-probes';
import { describeLoad } from './support/page-timeline';
import { tracedLoad } from './support/page-cpu';

const distDir = process.env.BENCH_DIST_DIR ?? '.next-bench-page';
const port = Number(process.env.BENCH_PORT ?? 3391);
const runs = Math.max(1, Number(process.env.BENCH_PAGE_RUNS ?? 5));
const CPU_RATE = 4;
const RATIO_GOAL = 1.5;
const KEY_GOAL_MS = 50;
const FIXTURE = 'e2e/fixtures/pitches/good-claims-triage.json';
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { title: string; headline: string };
const FLOOR: ReadyCondition = { kind: 'not-found' };
// The page opens on step 1 (Situation), so its first form field is Title; Headline is on step 4.
const READY = { kind: 'field', label: 'Title', value: fixture.title } satisfies ReadyCondition;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const p90 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.ceil(0.9 * xs.length) - 1]!;
/** The run closest to the median, to show where its time went. */
const medianRun = (ts: LoadTiming[]) => {
  const mid = median(ts.map((t) => t.ready));
  return [...ts].sort((a, b) => Math.abs(a.ready - mid) - Math.abs(b.ready - mid))[0]!;
};
const ms = (x: number) => `${Math.round(x).toLocaleString('en')} ms`;
const pad = (value: string | number, width: number) => String(value).padEnd(width);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

// next build rewrites public/sw.js for this build; service workers are blocked here, so the tree
// keeps the worker it had (that of the main build).
const worker = existsSync('public/sw.js') ? readFileSync('public/sw.js', 'utf8') : null;
try {
  ensureBuild(distDir);
} finally {
  if (worker !== null && readFileSync('public/sw.js', 'utf8') !== worker) {
    writeFileSync('public/sw.js', worker);
  }
}

const server = await startServer(distDir, port);
const browser = await launchChromium().catch(async (error: unknown) => {
  await server.stop();
  throw error;
});
try {
  const loadBefore = load();
  const floorUrl = `${server.origin}/no-such-page-bench`;
  const warm = await newContext(browser);
  const pitchId = await importPitch(warm, server.origin, FIXTURE, fixture.title);
  const pitchUrl = `${server.origin}/pitch?id=${encodeURIComponent(pitchId)}`;
  const seeded = await warm.storageState({ indexedDB: true });
  // Untimed: the server renders each page once, and the warm context caches their files.
  await timedLoad(warm, floorUrl, FLOOR, 1);
  await timedLoad(warm, pitchUrl, READY, 1);
  const sameField = await probedFieldIsGetByLabel(warm, pitchUrl, READY);
  const coldLoad = async (url: string, condition: ReadyCondition) => {
    const context = await newContext(browser, seeded);
    return timedLoad(context, url, condition, CPU_RATE).finally(() => context.close());
  };

  const modes = {
    warm: {
      label: 'warm (one context, a new tab each)',
      floor: [] as LoadTiming[],
      ready: [] as LoadTiming[],
    },
    cold: {
      label: 'cold (a new context each)',
      floor: [] as LoadTiming[],
      ready: [] as LoadTiming[],
    },
  };
  for (let i = 0; i < runs; i += 1) {
    modes.warm.floor.push(await timedLoad(warm, floorUrl, FLOOR, CPU_RATE));
    modes.warm.ready.push(await timedLoad(warm, pitchUrl, READY, CPU_RATE));
    modes.cold.floor.push(await coldLoad(floorUrl, FLOOR));
    modes.cold.ready.push(await coldLoad(pitchUrl, READY));
  }

  console.log(
    `Pitch page against the framework's 404 page: Chromium ${browser.version()}, CPU slowed ${CPU_RATE}× (CDP), 1280×720, service workers blocked, median of ${runs} runs`,
  );
  console.log(
    '  floor: GET /no-such-page-bench, navigation start → its "404" heading is in the DOM, React has committed the hydration, and load has fired',
  );
  console.log(
    "  ready: GET /pitch?id=…, navigation start → the Title field (the editor's first; Headline is on step 4) is attached, visible, enabled,",
  );
  console.log(
    `         not read-only and holds the saved title, and load has fired${sameField ? '' : '  (WARNING: not the field getByLabel("Title") finds)'}`,
  );
  console.log(
    '  (each is noted at the first DOM change or animation frame from the load event on at which all of it holds)\n',
  );
  console.log(
    `${pad('cache', 36)}${pad('floor', 10)}${pad('ready', 11)}${pad('ready/floor', 13)}${pad('paired', 9)}goal ≤ ${RATIO_GOAL}×`,
  );
  for (const mode of Object.values(modes)) {
    const floor = median(mode.floor.map((t) => t.ready));
    const ready = median(mode.ready.map((t) => t.ready));
    const ratio = ready / floor;
    // Each pitch load against the floor loaded just before it, under the same machine load.
    const pairs = mode.ready.map((t, i) => t.ready / mode.floor[i]!.ready);
    const paired = median(pairs);
    const verdict = Math.max(ratio, paired) <= RATIO_GOAL ? 'ok' : 'MISSED';
    console.log(
      `${pad(mode.label, 36)}${pad(ms(floor), 10)}${pad(ms(ready), 11)}${pad(`${ratio.toFixed(2)}×`, 13)}${pad(`${paired.toFixed(2)}×`, 9)}${verdict}`,
    );
    const list = (ts: LoadTiming[]) => ts.map((t) => Math.round(t.ready)).join(', ');
    console.log(`${' '.repeat(36)}runs: floor ${list(mode.floor)}; ready ${list(mode.ready)}`);
    console.log(
      `${' '.repeat(36)}paired ratios: ${pairs.map((r) => `${r.toFixed(2)}×`).join(', ')}`,
    );
  }
  console.log(
    '  ready/floor: median ready over median floor; paired: median of each ready over the floor loaded just before it',
  );
  for (const mode of Object.values(modes)) {
    console.log(`\nWhere the time went, ${mode.label}, median runs (ms since navigation start):`);
    console.log('  floor (404):');
    for (const line of describeLoad(medianRun(mode.floor), '    ')) console.log(line);
    console.log('  pitch page:');
    for (const line of describeLoad(medianRun(mode.ready), '    ')) console.log(line);
  }

  // Thread time, from traces of more loads: what machine load does not stretch.
  const cpu = {
    warm: { floor: [] as number[], ready: [] as number[] },
    cold: { floor: [] as number[], ready: [] as number[] },
  };
  for (let i = 0; i < runs; i += 1) {
    const warmFloor = await tracedLoad(browser, warm, floorUrl, FLOOR, CPU_RATE);
    const warmReady = await tracedLoad(browser, warm, pitchUrl, READY, CPU_RATE);
    if (warmFloor.cpu !== null) cpu.warm.floor.push(warmFloor.cpu);
    if (warmReady.cpu !== null) cpu.warm.ready.push(warmReady.cpu);
    for (const [list, url, condition] of [
      [cpu.cold.floor, floorUrl, FLOOR],
      [cpu.cold.ready, pitchUrl, READY],
    ] as const) {
      const context = await newContext(browser, seeded);
      const { cpu: time } = await tracedLoad(browser, context, url, condition, CPU_RATE);
      if (time !== null) list.push(time);
      await context.close();
    }
  }
  console.log(
    `\nMain-thread CPU from navigation start to ready (the renderer main thread's task thread time, from Chrome traces of ${runs} more loads each; machine load stretches wall time, not this):`,
  );
  console.log(`${pad('cache', 36)}${pad('floor', 10)}${pad('ready', 11)}ready/floor`);
  for (const [name, mode] of Object.entries(cpu)) {
    if (!mode.floor.length || !mode.ready.length) {
      console.log(
        `${pad(modes[name as keyof typeof modes].label, 36)}(no trace held the navigation)`,
      );
      continue;
    }
    const floor = median(mode.floor);
    const ready = median(mode.ready);
    const kept = `${mode.floor.length}+${mode.ready.length} traces`;
    console.log(
      `${pad(modes[name as keyof typeof modes].label, 36)}${pad(ms(floor), 10)}${pad(ms(ready), 11)}${pad(`${(ready / floor).toFixed(2)}×`, 13)}${kept}`,
    );
  }

  const page = await throttledPage(warm, CPU_RATE);
  await page.addInitScript({ content: loadProbe(READY) });
  await page.goto(pitchUrl);
  await readLoadTiming(page);
  const keys = await keystrokeLatencies(page, fixture.headline);
  await page.close();
  console.log(
    `\nKeystroke → slide preview: Headline field, CPU slowed ${CPU_RATE}×, a key every ≥ ${keys.intervalMs} ms, keydown → the preview's text holds the character`,
  );
  if (keys.latencies.length) {
    const verdict = median(keys.latencies) <= KEY_GOAL_MS ? 'ok' : 'MISSED';
    console.log(
      `  median ${ms(median(keys.latencies))}, p90 ${ms(p90(keys.latencies))} over ${keys.latencies.length} characters (spaces not counted)   goal ≤ ${KEY_GOAL_MS} ms: ${verdict}`,
    );
  } else console.log('  no character reached the preview');
  if (keys.missed) console.log(`  ${keys.missed} characters never reached the preview within 10 s`);
  const { renders } = keys;
  console.log(
    `  React, keys 2–${renders.keys + 1} (the first turns "Saved" into "Saving…"): ${(renders.components / renders.keys).toFixed(1)} components rendered and ${(renders.commits / renders.keys).toFixed(1)} commits per key; the editor (PitchEditor) itself rendered ${renders.editor} times`,
  );

  const tracePrefix = process.env.BENCH_PAGE_TRACE;
  if (tracePrefix) {
    for (const [name, url, condition] of [
      ['floor', floorUrl, FLOOR],
      ['pitch', pitchUrl, READY],
    ] as const) {
      const context = await newContext(browser, seeded);
      const traced = await throttledPage(context, CPU_RATE);
      await traced.addInitScript({ content: loadProbe(condition) });
      await browser.startTracing(traced, { path: `${tracePrefix}-${name}.json` });
      await traced.goto(url);
      await readLoadTiming(traced);
      await browser.stopTracing();
      await context.close();
    }
    console.log(`\nChrome traces of one more cold load of each: ${tracePrefix}-{floor,pitch}.json`);
  }
  console.log(
    `\nLoad average (1, 5, 15 min) before: ${loadBefore}; after: ${load()} (2 CPU cores)`,
  );
} finally {
  await browser.close();
  await server.stop();
}
