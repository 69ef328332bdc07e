/**
 * Portfolio slide, measured: the time to build the one-slide portfolio PPTX of the 12-pitch
 * fixture (test-support/portfolio-library.ts, 4 objectives, two currencies), ranking and chart
 * included, cold (first build in a fresh process) and warm (median of 15), with each formula,
 * and its size. Goal: under 2 s. Prints figures; never fails on a missed goal.
 */
import { buildPortfolioPptx } from '@/lib/portfolio-slide';
import type { PortfolioExportOptions } from '@/lib/portfolio-slide';
import { PORTFOLIO_PITCHES } from '@/test-support/portfolio-library';

const GOAL_MS = 2000;
const RUNS = 15;
const pitches = PORTFOLIO_PITCHES.map((pitch, i) => ({ id: `pitch-${i + 1}`, pitch }));
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const verdict = (ms: number) => (ms < GOAL_MS ? 'meets' : 'MISSES');

const cases: Array<[string, PortfolioExportOptions]> = [
  ['risk-adjusted value per cost, per currency', { formula: 'risk-adjusted-value' }],
  [
    'WSJF, EUR converted to USD',
    { formula: 'wsjf', conversion: { base: 'USD', rates: { EUR: 1.08 } } },
  ],
];

let started = performance.now();
const first = await buildPortfolioPptx(pitches, cases[0]![1]);
const coldMs = performance.now() - started;
console.log(
  `portfolio slide, ${pitches.length} pitches: cold build ${coldMs.toFixed(0)} ms (${verdict(coldMs)} the ${GOAL_MS} ms goal), ${(first.byteLength / 1024).toFixed(1)} KB`,
);
for (const [name, options] of cases) {
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    started = performance.now();
    bytes = (await buildPortfolioPptx(pitches, options)).byteLength;
    times.push(performance.now() - started);
  }
  const ms = median(times);
  console.log(
    `  ${name}: median ${ms.toFixed(1)} ms over ${RUNS} builds (${verdict(ms)} the goal), ${(bytes / 1024).toFixed(1)} KB`,
  );
}
