/**
 * The export API beside its floor, in one run on one server: requests per second of
 * `POST /api/export/pptx`, `/api/export/card` and `/api/validate` as a ratio of a route that only
 * reads the body (app/api/bench/floor, served only with BENCH_FLOOR_ROUTE=1), every request a
 * different pitch; then the p50 of `GET /` alone and during a 16-connection card burst.
 * Absolute figures vary threefold on a shared machine; the ratios are what count.
 * Goals: PPTX ≥ 0.8×, card ≥ 0.5×, validate ≥ 0.8× of the floor; `GET /` during the burst ≤ 2× idle.
 *
 * Env: BENCH_DIST_DIR (default .next-bench), BENCH_REBUILD=1, EXPORTS_BENCH_SECONDS (8),
 * EXPORTS_BENCH_CONNECTIONS (10), EXPORTS_BENCH_PORT (3221).
 */
import autocannon from 'autocannon';
import { exportBodies } from './support/export-corpus';
import { ensureBuild, startServer } from './support/next-server';

const SECONDS = Number(process.env.EXPORTS_BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.EXPORTS_BENCH_CONNECTIONS ?? 10);
const PORT = Number(process.env.EXPORTS_BENCH_PORT ?? 3221);
const BURST_CONNECTIONS = 16;
const GOALS = { pptx: 0.8, card: 0.5, validate: 0.8 } as const;

const bodies = exportBodies(400);
const headers = { 'content-type': 'application/json' };

interface Load {
  rps: number;
  statuses: string;
  non2xx: number;
}

/** autocannon POSTing a different body on every request, round the corpus. */
async function post(url: string, seconds: number, connections: number): Promise<Load> {
  let next = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    headers,
    duration: seconds,
    connections,
    requests: [
      { setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) },
    ],
  });
  const statuses = Object.entries(result.statusCodeStats ?? {})
    .map(([code, stat]) => `${code}×${stat.count ?? 0}`)
    .join(' ');
  return { rps: result.requests.average, statuses, non2xx: result.non2xx + result.errors };
}

/** p50 of `GET /` from one connection, requests one after another. */
async function pageP50(origin: string, seconds: number): Promise<number> {
  const result = await autocannon({ url: `${origin}/`, duration: seconds, connections: 1 });
  return result.latency.p50;
}

const distDir = process.env.BENCH_DIST_DIR ?? '.next-bench';
ensureBuild(distDir);
const server = await startServer(distDir, PORT, { BENCH_FLOOR_ROUTE: '1' });
try {
  const routes = {
    floor: `${server.origin}/api/bench/floor`,
    pptx: `${server.origin}/api/export/pptx`,
    card: `${server.origin}/api/export/card`,
    validate: `${server.origin}/api/validate`,
  };
  console.log(`${bodies.length} distinct pitches; ${CONNECTIONS} connections, ${SECONDS} s each.`);
  // V8 optimises each route after a few thousand requests, and export threads start on first use.
  for (const url of Object.values(routes)) await post(url, 3, CONNECTIONS);

  const loads: Record<string, Load> = {};
  for (const [name, url] of Object.entries(routes))
    loads[name] = await post(url, SECONDS, CONNECTIONS);
  const floor = loads.floor!.rps;
  console.log(
    `\n${'route'.padEnd(22)}${'req/s'.padStart(8)}${'× floor'.padStart(9)}  goal   responses`,
  );
  for (const [name, load] of Object.entries(loads)) {
    const ratio = load.rps / floor;
    const goal = GOALS[name as keyof typeof GOALS];
    const verdict =
      goal === undefined ? '     ' : `${ratio >= goal ? 'ok' : 'LOW'} ${goal.toFixed(1)}`;
    console.log(
      `${`POST /api/${name === 'floor' ? 'bench/floor' : name === 'validate' ? 'validate' : `export/${name}`}`.padEnd(22)}${load.rps.toFixed(0).padStart(8)}${ratio.toFixed(2).padStart(9)}  ${verdict.padEnd(6)} ${load.statuses}${load.non2xx ? '  (NOT ALL 2xx)' : ''}`,
    );
  }

  const idle = await pageP50(server.origin, 5);
  const [busy] = await Promise.all([
    pageP50(server.origin, SECONDS),
    post(routes.card, SECONDS + 1, BURST_CONNECTIONS),
  ]);
  const ratio = busy / idle;
  console.log(
    `\nGET / p50: ${idle} ms idle, ${busy} ms during a ${BURST_CONNECTIONS}-connection card burst = ${ratio.toFixed(2)}× (goal ≤ 2×: ${ratio <= 2 ? 'ok' : 'HIGH'})`,
  );
} finally {
  await server.stop();
}
