/**
 * PowerPoint export, measured: median time to build the .pptx and its size for every fixture
 * and example pitch (goals: under 10 ms, under 40 KB), then the requests per second
 * `POST /api/export/pptx` sustains under autocannon against `next start` (goal: over 300 req/s).
 * Builds into its own dist dir when needed and starts the server on a free port with
 * RATE_LIMIT_PER_MINUTE=0. Prints figures; never fails on a missed goal.
 *
 * Env: BENCH_DIST_DIR (default .next-bench), BENCH_REBUILD=1, PPTX_BENCH_SECONDS (10),
 * PPTX_BENCH_CONNECTIONS (10), PPTX_BENCH_API=0 to skip the API part.
 */
import autocannon from 'autocannon';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { EXAMPLE_PITCHES } from '@/lib/pitch/examples';
import type { PitchFile } from '@/lib/pitch/schema';
import { buildPptx, ExportBlockedError, renderPptx } from '@/lib/pptx';
import { ensureBuild, startServer } from './support/next-server';

const GOAL_MS = 10;
const GOAL_BYTES = 40_000;
const GOAL_RPS = 300;
const WARM_UP = 15;
const RUNS = 60;

const fixtureDir = join(process.cwd(), 'e2e', 'fixtures', 'pitches');
const cases = [
  ...readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({
      name: `fixture ${f.replace(/\.json$/, '')}`,
      pitch: JSON.parse(readFileSync(join(fixtureDir, f), 'utf8')) as PitchFile,
    })),
  ...EXAMPLE_PITCHES.map((e) => ({ name: `example ${e.id}`, pitch: e.pitch })),
];

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/** `buildPptx` as a user gets it; a pitch export refuses is timed with `renderPptx` and marked. */
async function exportOnce(pitch: PitchFile): Promise<{ bytes: Uint8Array; blocked: boolean }> {
  try {
    return { bytes: await buildPptx(pitch), blocked: false };
  } catch (error) {
    if (!(error instanceof ExportBlockedError)) throw error;
    return { bytes: await renderPptx(pitch), blocked: true };
  }
}

async function benchGeneration() {
  const cold = performance.now();
  await exportOnce(cases[0]!.pitch);
  console.log(
    `cold first export (loads pptxgenjs, JIT): ${(performance.now() - cold).toFixed(1)} ms`,
  );
  console.log(`goals: median < ${GOAL_MS} ms, file < ${GOAL_BYTES / 1000} KB\n`);
  console.log(`${'pitch'.padEnd(36)}${'median ms'.padStart(10)}${'KB'.padStart(8)}  verdict`);
  for (const { name, pitch } of cases) {
    for (let i = 0; i < WARM_UP; i++) await exportOnce(pitch);
    const samples: number[] = [];
    let result = await exportOnce(pitch);
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      result = await exportOnce(pitch);
      samples.push(performance.now() - start);
    }
    const ms = median(samples);
    const size = result.bytes.byteLength;
    const verdict = [ms < GOAL_MS ? 'ok' : 'SLOW', size < GOAL_BYTES ? 'ok' : 'LARGE'].join('/');
    const note = result.blocked ? '  (export refuses it: timed without the guard)' : '';
    console.log(
      `${name.padEnd(36)}${ms.toFixed(2).padStart(10)}${(size / 1000).toFixed(1).padStart(8)}  ${verdict}${note}`,
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function benchApi() {
  const distDir = process.env.BENCH_DIST_DIR ?? '.next-bench';
  ensureBuild(distDir);
  const server = await startServer(distDir, await freePort());
  try {
    const url = `${server.origin}/api/export/pptx`;
    const body = readFileSync(join(fixtureDir, 'good-claims-triage.json'), 'utf8');
    const headers = { 'content-type': 'application/json' };
    const check = await fetch(url, { method: 'POST', headers, body });
    console.log(
      `\nPOST /api/export/pptx with good-claims-triage.json: HTTP ${check.status}, ${(await check.arrayBuffer()).byteLength} bytes, Server-Timing ${check.headers.get('server-timing')}`,
    );
    const seconds = Number(process.env.PPTX_BENCH_SECONDS ?? 10);
    const connections = Number(process.env.PPTX_BENCH_CONNECTIONS ?? 10);
    // V8 needs a few thousand requests before the route runs optimised code: warm up first.
    await autocannon({ url, method: 'POST', headers, body, duration: 8, connections });
    const result = await autocannon({
      url,
      method: 'POST',
      headers,
      body,
      duration: seconds,
      connections,
    });
    const statuses = Object.entries(result.statusCodeStats ?? {})
      .map(([code, stat]) => `${code}: ${stat.count ?? 0}`)
      .join(', ');
    const rps = result.requests.average;
    console.log(
      `autocannon ${seconds} s, ${connections} connections: ${rps.toFixed(0)} req/s (goal > ${GOAL_RPS}: ${rps > GOAL_RPS ? 'ok' : 'BELOW'})`,
    );
    console.log(
      `latency p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms`,
    );
    console.log(
      `responses: ${statuses || 'none'}; 5xx ${result['5xx']}, errors ${result.errors}, timeouts ${result.timeouts}`,
    );
    // The same server answering without building anything: what Next.js itself costs here.
    const floor = await autocannon({ url, method: 'GET', duration: 5, connections });
    console.log(
      `for scale, GET (405 JSON, no export) on the same server: ${floor.requests.average.toFixed(0)} req/s`,
    );
  } finally {
    await server.stop();
  }
}

await benchGeneration();
if (process.env.PPTX_BENCH_API !== '0') await benchApi();
