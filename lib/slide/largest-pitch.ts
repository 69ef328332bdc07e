import { PITCH_LIMITS } from '@/lib/pitch/limits';
import type { PitchFile } from '@/lib/pitch/schema';

const filler = (seed: string, chars: number) =>
  (seed + ' ')
    .repeat(Math.ceil(chars / (seed.length + 1)))
    .slice(0, chars)
    .trimEnd();

/**
 * The largest pitch the file format allows: every string at its character limit and every list
 * at its bullet limit, in ordinary words. Used by tests (it must overflow) and the fit benchmark.
 */
export function largestAllowedPitch(): PitchFile {
  const text = (seed: string) => filler(seed, PITCH_LIMITS.stringChars);
  const bullets = (seed: string) =>
    Array.from({ length: PITCH_LIMITS.bulletsPerSection }, (_, i) => text(`${seed} ${i + 1}`));
  return {
    format: 'one-slide-pitch',
    version: 2,
    title: text('Claims triage automation'),
    audience: text('Claims steering committee'),
    headline: text('Automating claims triage will cut settlement time by a third'),
    situation: bullets('Motor claims take 21 days to settle, six days slower than the median'),
    action: bullets('Deploy rules-based triage for low-complexity motor claims in April'),
    outcome: bullets('Settlement time falls from 21 to 14 days by September'),
    ask: text('Approve $350K and two integration engineers from March'),
    valueProposition: text('Faster claims keep our top brokers loyal'),
    trace: {
      objective: text('Retain our top 20 brokers'),
      initiative: text('Claims excellence'),
      program: text('Claims modernisation'),
      project: text('Triage automation'),
      if: text('triage is automated by May'),
      then: text('settlement time falls to 14 days'),
      else: text('broker churn risk stays at 12%'),
    },
    pitch: {
      text: filler('Our motor claims take 21 days to settle.', PITCH_LIMITS.pitchTextChars),
      targetSeconds: 90,
    },
    theme: 'ember',
  };
}
