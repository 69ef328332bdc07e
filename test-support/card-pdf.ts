/** Test helpers for the card: read a PDF back as text with poppler's pdftotext. */
import { execFileSync, spawnSync } from 'node:child_process';
import type { PitchFile } from '@/lib/pitch/schema';

const INSTALL_HINT =
  'pdftotext (poppler) is needed to read the card back: install it with `apt-get install poppler-utils` (Debian/Ubuntu) or `brew install poppler` (macOS).';

/** The text of a PDF as pdftotext reads it; throws with an install hint when poppler is missing. */
export function pdfText(bytes: Uint8Array, layout = false): string {
  if (spawnSync('pdftotext', ['-v']).error) throw new Error(INSTALL_HINT);
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', '-', '-'], {
    input: bytes,
    maxBuffer: 16 * 1024 * 1024,
  }).toString('utf8');
}

/** Whitespace folded to single spaces, so wrapped lines compare with the text they came from. */
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A finished pitch to vary in tests. */
export function cardTestPitch(overrides: Partial<PitchFile> = {}): PitchFile {
  return {
    format: 'one-slide-pitch',
    version: 2,
    title: 'Claims triage automation',
    headline: 'Automating claims triage will cut settlement time by a third before Q3 renewals',
    situation: [
      'Motor claims take 21 days to settle, six days slower than the market median',
      'Broker complaints rose 18% this year',
    ],
    action: [
      'Deploy rules-based triage for low-complexity motor claims in April',
      'Retrain 12 adjusters to own complex claims',
    ],
    outcome: [
      'Settlement time falls from 21 to 14 days by September',
      'Annual saving of $1.2M from year two',
    ],
    ask: 'Approve $350K and two integration engineers from March',
    pitch: {
      text: 'Our claims take 21 days, six days slower than the market. I need $350K to fix it.',
      targetSeconds: 30,
    },
    ...overrides,
  };
}
