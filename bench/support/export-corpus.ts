/**
 * Distinct exportable pitches for the API benchmarks: every fixture and example pitch, with its
 * numbers and a word of its headline changed per copy, so no two requests carry the same text
 * and no cache of results could serve them. Only pitches the slide and the card both accept are
 * kept (a refused export would measure the 422 path).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findCardBlockers } from '@/lib/card';
import { EXAMPLE_PITCHES } from '@/lib/pitch/examples';
import type { PitchFile } from '@/lib/pitch/schema';
import { findExportBlockers } from '@/lib/pptx';

const fixtureDir = join(process.cwd(), 'e2e', 'fixtures', 'pitches');
const WORDS = ['now', 'soon', 'first', 'next', 'again', 'today', 'fully', 'safely', 'quickly'];

function seeds(): PitchFile[] {
  const fixtures = readdirSync(fixtureDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(fixtureDir, f), 'utf8')) as PitchFile);
  return [...fixtures, ...EXAMPLE_PITCHES.map((e) => e.pitch)];
}

/** `text` with every number shifted by `shift` (keeps its shape: "21 days" → "24 days"). */
const shiftNumbers = (text: string, shift: number) =>
  text.replace(/\d+/g, (digits) => String(Number(digits) + shift));

function variant(pitch: PitchFile, copy: number): PitchFile {
  const vary = (text: string) => shiftNumbers(text, copy);
  const varyAll = (texts: string[]) => texts.map(vary);
  return {
    ...pitch,
    title: `${pitch.title ?? 'Pitch'} ${copy}`,
    headline: `${vary(pitch.headline)} ${WORDS[copy % WORDS.length]}`,
    situation: varyAll(pitch.situation),
    action: varyAll(pitch.action),
    outcome: varyAll(pitch.outcome),
    ask: pitch.ask === undefined ? undefined : vary(pitch.ask),
    pitch: pitch.pitch && { ...pitch.pitch, text: pitch.pitch.text && vary(pitch.pitch.text) },
  };
}

/** `count` distinct request bodies (JSON) of pitches both exports accept. */
export function exportBodies(count: number): string[] {
  const bodies: string[] = [];
  const base = seeds();
  for (let copy = 1; bodies.length < count && copy < count * 4; copy += 1) {
    for (const seed of base) {
      const pitch = variant(seed, copy);
      if (findExportBlockers(pitch).length > 0 || findCardBlockers(pitch).length > 0) continue;
      bodies.push(JSON.stringify(pitch));
      if (bodies.length === count) break;
    }
  }
  return bodies;
}
