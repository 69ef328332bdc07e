/**
 * Budgets, measured: first-load JavaScript (gzip) per route against 160 kB, where the heavy
 * libraries ended up (never in a first load), and Lighthouse 12 performance / accessibility for
 * the library and the pitch page (goals ≥ 95 and 100). Builds into its own dist dir when needed
 * and runs `next start` with RATE_LIMIT_PER_MINUTE=0. Prints figures; never fails on a miss.
 *
 * Env: BENCH_DIST_DIR (default .next-bench), BENCH_PORT (3390), BENCH_REBUILD=1,
 * BENCH_LIGHTHOUSE=0 to skip Lighthouse, BENCH_FORM_FACTORS=mobile,desktop, BENCH_LIGHTHOUSE_RUNS
 * (3; the median run is reported), BENCH_LH_TRACE=file.json keeps the last run's Chrome trace.
 */
import { readFileSync } from 'node:fs';
import {
  chunksContaining,
  firstLoadByRoute,
  gzipSize,
  scriptsInHtml,
} from './support/bundle-stats';
import {
  openLighthouseSession,
  type FormFactor,
  type LighthouseScores,
} from './support/lighthouse';
import { ensureBuild, startServer } from './support/next-server';

const distDir = process.env.BENCH_DIST_DIR ?? '.next-bench';
const port = Number(process.env.BENCH_PORT ?? 3390);
const ROUTES = ['/', '/pitch', '/rehearse', '/card'];
const BUDGET_BYTES = 160_000;
const runsPerPage = Math.max(1, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3));
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const pad = (value: string | number, width: number) => String(value).padEnd(width);
const short = (path: string) => path.split('/').pop()!;

ensureBuild(distDir);
const buildId = readFileSync(`${distDir}/BUILD_ID`, 'utf8').trim();
console.log(`Build ${buildId} in ${distDir}\n`);

console.log('First-load JavaScript per route (diagnostics/route-bundle-stats.json, gzip level 6)');
console.log(
  `${pad('route', 11)}${pad('chunks', 8)}${pad('raw', 12)}${pad('gzip', 12)}goal < ${kB(BUDGET_BYTES)}`,
);
const firstLoads = firstLoadByRoute(distDir).filter((r) => ROUTES.includes(r.route));
for (const route of ROUTES) {
  const stats = firstLoads.find((r) => r.route === route);
  if (!stats) {
    console.log(`${pad(route, 11)}(not built)`);
    continue;
  }
  const verdict =
    stats.gzipBytes < BUDGET_BYTES ? 'ok' : `OVER by ${kB(stats.gzipBytes - BUDGET_BYTES)}`;
  console.log(
    `${pad(route, 11)}${pad(stats.chunks.length, 8)}${pad(kB(stats.rawBytes), 12)}${pad(kB(stats.gzipBytes), 12)}${verdict}`,
  );
}

console.log('\nHeavy libraries (chunks that contain them; none may be a first-load chunk)');
const firstLoadChunks = new Set(firstLoads.flatMap((r) => r.chunks.map(short)));
for (const [library, chunks] of Object.entries(chunksContaining(distDir))) {
  const inFirstLoad = chunks.map(short).filter((c) => firstLoadChunks.has(c));
  const where = chunks.length
    ? chunks.map((c) => `${short(c)} (${kB(gzipSize(c))})`).join(', ')
    : 'not in any client chunk';
  const verdict = inFirstLoad.length ? `IN FIRST LOAD: ${inFirstLoad.join(', ')}` : 'lazy only: ok';
  console.log(`${pad(library, 18)}${pad(verdict, 22)}${where}`);
}

const server = await startServer(distDir, port);
try {
  console.log(
    "\nCross-check: gzip of the scripts each page's HTML loads (noModule polyfills excluded)",
  );
  for (const route of ROUTES) {
    const response = await fetch(`${server.origin}${route === '/' ? '/' : `${route}?id=bench`}`);
    const scripts = scriptsInHtml(await response.text());
    const bytes = scripts.reduce(
      (sum, src) => sum + gzipSize(`${distDir}/static/${src.slice('/_next/static/'.length)}`),
      0,
    );
    console.log(
      `${pad(route, 11)}HTTP ${response.status}  ${pad(scripts.length, 3)} scripts  ${kB(bytes)}`,
    );
  }

  if (process.env.BENCH_LIGHTHOUSE !== '0') {
    const formFactors = (process.env.BENCH_FORM_FACTORS ?? 'mobile,desktop').split(
      ',',
    ) as FormFactor[];
    const session = await openLighthouseSession(server.origin);
    try {
      console.log(
        '\nLighthouse 12 (goals: performance ≥ 95, accessibility 100; a pitch exists in IndexedDB, cold cache)',
      );
      for (const formFactor of formFactors) {
        for (const path of ['/', `/pitch?id=${session.pitchId}`]) {
          // Lighthouse's own advice for noisy machines: several runs, report the median one.
          const runs: LighthouseScores[] = [];
          for (let i = 0; i < runsPerPage; i++) {
            runs.push(await session.measure(`${server.origin}${path}`, formFactor));
          }
          // A run Lighthouse could not score (a browser hiccup) is reported, not counted.
          const scored = runs.filter((r) => !r.runtimeError);
          const byScore = [...(scored.length ? scored : runs)].sort(
            (a, b) => a.performance - b.performance,
          );
          const scores = byScore[Math.floor(byScore.length / 2)]!;
          const range =
            runs.length > 1
              ? ` (${runs.map((r) => (r.runtimeError ? 'error' : r.performance)).join(', ')})`
              : '';
          const errors = runs.flatMap((r) => (r.runtimeError ? [r.runtimeError] : []));
          const metrics = Object.entries(scores.metrics)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ');
          const failed = scores.failedAccessibilityAudits.length
            ? `  failed: ${scores.failedAccessibilityAudits.join(', ')}`
            : '';
          console.log(
            `${pad(formFactor, 9)}${pad(path.replace(session.pitchId, '…'), 14)}performance ${pad(scores.performance, 5)}accessibility ${pad(scores.accessibility, 5)}${metrics}${failed}`,
          );
          console.log(`${' '.repeat(23)}runs: median of ${scored.length} scored${range}`);
          for (const error of new Set(errors)) console.log(`${' '.repeat(23)}not scored: ${error}`);
          console.log(
            `${' '.repeat(23)}busiest scripts: ${scores.busiestScripts.join(', ')}; LCP element: ${scores.lcpElement}`,
          );
          console.log(`${' '.repeat(23)}longest tasks: ${scores.longTasks.join(', ') || 'none'}`);
        }
      }
    } finally {
      await session.close();
    }
  }
} finally {
  await server.stop();
}
