import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PitchFile } from '@/lib/pitch/schema';

/** The shared example pitches (copied from ../shared/fixtures into e2e/fixtures), for tests only. */
export const FIXTURES_DIR = join(process.cwd(), 'e2e', 'fixtures');

export function loadFixtureTexts(): Array<{ name: string; text: string }> {
  const dir = join(FIXTURES_DIR, 'pitches');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), text: readFileSync(join(dir, f), 'utf8') }));
}

export function loadExpectedFindings(): Record<string, string[]> {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, 'expected-findings.json'), 'utf8')) as Record<
    string,
    string[]
  >;
}

/** The version 2 keys with a value each: what a v1 file may not carry and a v2 file round-trips. */
export const V2_KEYS_SAMPLE = {
  lens: 'cfo',
  meeting: '2027-05-14T09:30:00+01:00',
  answerNotes: [
    {
      question: 'payback',
      note: 'Payback in 14 months on the $350K, from the adjuster hours saved.',
    },
    { question: 'risk-integration', note: '' },
  ],
  knownAcronyms: ['ROI', 'M&A', 'B2B', 'KYC'],
  keyNumber: '21 to 14 days',
  portfolio: {
    annualBenefit: 1_200_000,
    oneOffCost: 350_000.5,
    currency: 'USD',
    confidence: 72.5,
    monthsToFirstBenefit: 6,
    strategicFit: 4,
  },
} satisfies Partial<PitchFile>;

/** The good-claims-triage fixture as a version 2 file with every version 2 key set. */
export function fullV2Pitch(): PitchFile {
  const v1 = JSON.parse(
    loadFixtureTexts().find((f) => f.name === 'good-claims-triage')!.text,
  ) as object;
  return structuredClone({ ...v1, version: 2, ...V2_KEYS_SAMPLE }) as PitchFile;
}
