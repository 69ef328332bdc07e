import { describe, expect, test } from 'vitest';
import { analyzePitch } from '@/lib/advice';
import { PITCH_LIMITS } from '@/lib/pitch/limits';
import { EXAMPLE_PITCHES } from '@/lib/pitch/examples';
import { pitchFileV2Schema, type PitchFile } from '@/lib/pitch/schema';
import {
  acronymsToMark,
  listAcronyms,
  notYetKnown,
  withKnown,
  withoutKnown,
} from './known-acronyms-list';

const withBullet = (bullet: string, knownAcronyms?: string[]): PitchFile => {
  const pitch = structuredClone(EXAMPLE_PITCHES[0]!.pitch);
  return {
    ...pitch,
    action: [...pitch.action, bullet],
    ...(knownAcronyms ? { knownAcronyms } : {}),
  };
};
const acronymFindings = (pitch: PitchFile) =>
  analyzePitch(pitch).findings.filter((f) => f.rule === 'acronyms');

describe('listAcronyms', () => {
  test('reads as a sentence', () => {
    expect(listAcronyms([])).toBe('');
    expect(listAcronyms(['KYC'])).toBe('KYC');
    expect(listAcronyms(['KYC', 'AML'])).toBe('KYC and AML');
    expect(listAcronyms(['KYC', 'AML', 'PEP'])).toBe('KYC, AML and PEP');
  });
});

describe('acronymsToMark', () => {
  test('names the acronyms of the finding, and marking them clears it', () => {
    const pitch = withBullet('Automate KYC, AML and PEP checks');
    const [finding] = acronymFindings(pitch);
    expect(finding?.field).toBe('action[3]');
    const acronyms = acronymsToMark(pitch, finding!.field);
    expect(acronyms).toEqual(['KYC', 'AML', 'PEP']);
    const marked = { ...pitch, knownAcronyms: withKnown([], acronyms)! };
    expect(pitchFileV2Schema.safeParse(marked).success).toBe(true);
    expect(acronymFindings(marked)).toEqual([]);
    expect(acronymsToMark(marked, finding!.field)).toEqual([]);
  });

  test('leaves out acronyms spelled out elsewhere, already known, or common', () => {
    const pitch = withBullet('Automate KYC, AML, PEP and SAR checks for the CEO', ['aml']);
    pitch.situation = [...pitch.situation, 'Suspicious Activity Reports (SAR) take a week'];
    expect(acronymsToMark(pitch, 'action[3]')).toEqual(['KYC', 'PEP']);
  });

  test('works on the elevator pitch field', () => {
    const pitch = withBullet('Deploy rules-based triage');
    pitch.pitch = {
      text: 'We cut KYC, AML and PEP backlogs. I need your approval for $350K.',
      targetSeconds: 60,
    };
    expect(acronymFindings(pitch).map((f) => f.field)).toEqual(['pitch']);
    expect(acronymsToMark(pitch, 'pitch')).toEqual(['KYC', 'AML', 'PEP']);
  });
});

describe('withKnown / withoutKnown', () => {
  test('never adds a duplicate, whatever the case', () => {
    expect(notYetKnown(['KYC', 'kyc', 'AML'], ['Aml'])).toEqual(['KYC']);
    expect(withKnown(['KYC'], ['KYC', 'AML', 'AML'])).toEqual(['KYC', 'AML']);
  });

  test('refuses, adding nothing, past the schema limit', () => {
    const full = Array.from({ length: PITCH_LIMITS.knownAcronyms }, (_, i) => `A${i}`);
    expect(withKnown(full, ['KYC'])).toBeNull();
    expect(withKnown(full, ['A1'])).toEqual(full);
    const almost = full.slice(0, -2);
    expect(withKnown(almost, ['KYC', 'AML', 'PEP'])).toBeNull();
    expect(withKnown(almost, ['KYC', 'AML'])).toHaveLength(PITCH_LIMITS.knownAcronyms);
    expect(
      pitchFileV2Schema.safeParse({
        ...withBullet('x'),
        knownAcronyms: withKnown(almost, ['KYC', 'AML']),
      }).success,
    ).toBe(true);
  });

  test('removes exactly the ones asked', () => {
    expect(withoutKnown(['KYC', 'AML', 'PEP'], ['AML'])).toEqual(['KYC', 'PEP']);
    expect(withoutKnown(['KYC'], ['XYZ'])).toEqual(['KYC']);
  });
});
