/**
 * Memorization card: median time to build the PDF and its size, for each example pitch and for
 * the largest pitch the format allows, on each paper, plus the first (cold) card of the process,
 * which decodes the embedded fonts. Run: `npx tsx bench/card.bench.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCard, type CardOptions } from '@/lib/card';
import { EXAMPLE_PITCHES } from '@/lib/pitch/examples';
import { PITCH_LIMITS } from '@/lib/pitch/limits';
import type { PitchFile } from '@/lib/pitch/schema';

const RUNS = 15;
const GOAL_MS = 250;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function largestPitch(): PitchFile {
  const sentence = 'Settlement time falls from 21 to 14 days by September and saves $1.2M a year. ';
  const fill = (n: number) => sentence.repeat(Math.ceil(n / sentence.length)).slice(0, n);
  const bullets = Array.from({ length: PITCH_LIMITS.bulletsPerSection }, () =>
    fill(PITCH_LIMITS.stringChars),
  );
  return {
    format: 'one-slide-pitch',
    version: 2,
    title: fill(120),
    headline: fill(PITCH_LIMITS.stringChars),
    situation: bullets,
    action: bullets,
    outcome: bullets,
    ask: fill(PITCH_LIMITS.stringChars),
    pitch: { text: fill(PITCH_LIMITS.pitchTextChars) },
  };
}

const fixtureDir = join(process.cwd(), 'e2e', 'fixtures', 'pitches');
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({
    name: f.replace(/\.json$/, ''),
    pitch: JSON.parse(readFileSync(join(fixtureDir, f), 'utf8')) as PitchFile,
  }));
const cases: { name: string; pitch: PitchFile; options: CardOptions }[] = [
  ...EXAMPLE_PITCHES.map((e) => ({ name: `example ${e.id}`, pitch: e.pitch, options: {} })),
  ...fixtures.map((f) => ({ name: `fixture ${f.name}`, pitch: f.pitch, options: {} })),
  { name: 'largest pitch, index card', pitch: largestPitch(), options: {} },
  {
    name: 'largest pitch, first letters, A4',
    pitch: largestPitch(),
    options: { cueLevel: 'first-letters', paper: 'a4' },
  },
  {
    name: 'Chinese + Arabic (loads the CJK face)',
    pitch: {
      ...EXAMPLE_PITCHES[0]!.pitch,
      headline: '自动化理赔分流将在第三季度前把结案时间缩短三分之一',
      ask: 'مرحبا بالعالم 批准35万美元',
    },
    options: {},
  },
];

async function main() {
  const coldStart = performance.now();
  await renderCard(EXAMPLE_PITCHES[0]!.pitch);
  console.log(`cold first card (font decode): ${(performance.now() - coldStart).toFixed(0)} ms`);
  console.log(`goal: median under ${GOAL_MS} ms per warm card\n`);
  console.log('case'.padEnd(44), 'median ms'.padStart(10), 'KiB'.padStart(8), ' shortened');
  for (const c of cases) {
    const times: number[] = [];
    let size = 0;
    let shortened: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const card = await renderCard(c.pitch, c.options);
      times.push(performance.now() - start);
      size = card.bytes.byteLength;
      shortened = card.truncatedFields;
    }
    const ms = median(times);
    console.log(
      c.name.padEnd(44),
      ms.toFixed(1).padStart(10),
      (size / 1024).toFixed(1).padStart(8),
      ` ${shortened.join(', ') || '-'}${ms > GOAL_MS ? '  (over goal)' : ''}`,
    );
  }
}

void main();
