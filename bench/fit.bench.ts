/**
 * Median time of fitSlide (the slide layout and text fit the preview runs on every keystroke and
 * the PPTX export runs once) for each fixture and for the largest pitch the format allows.
 * Run: npm run bench -- fit
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pitchFileSchema, type PitchFile } from '../lib/pitch/schema';
import { fitSlide } from '../lib/slide/fit';
import { largestAllowedPitch } from '../lib/slide/largest-pitch';

const FIXTURES = join(process.cwd(), 'e2e', 'fixtures', 'pitches');
/** A keystroke should leave time for React to render: aim well under one 60 Hz frame. */
const GOAL_MS = 8;

function median(pitch: PitchFile, runs: number): number {
  for (let i = 0; i < 20; i++) fitSlide(pitch, { placeholders: true });
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fitSlide(pitch, { placeholders: true });
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

const cases: Array<[string, PitchFile]> = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, pitchFileSchema.parse(JSON.parse(readFileSync(join(FIXTURES, f), 'utf8')))]);
cases.push(['largest allowed pitch (600-char fields, 8 bullets each)', largestAllowedPitch()]);

console.log(`fitSlide median time (goal: under ${GOAL_MS} ms per call)`);
for (const [name, pitch] of cases) {
  const ms = median(pitch, name.startsWith('largest') ? 50 : 200);
  console.log(`  ${ms.toFixed(3).padStart(8)} ms  ${name}${ms > GOAL_MS ? '  (over goal)' : ''}`);
}
