import { describe, expect, test } from 'vitest';
import { analyzePitch } from '../advice';
import { createBlankPitch } from '../pitch/blank-pitch';
import { EXAMPLE_PITCHES } from '../pitch/examples';
import { keyNumbers } from '../language/key-number';
import { findQuantities } from '../language/quantities';
import type { PitchFile } from '../pitch/schema';
import { estimateSpokenSeconds } from '../pitch/spoken-time';
import { loadFixtureTexts } from '@/test-support/pitch-fixtures';
import { draftPitch } from './draft-pitch';
import { mentionsQuantity } from '../language/mentions-quantity';
import { DRAFT_STYLE_IDS } from './styles';
import { wordCoverage, contentStems } from '../language/word-overlap';

const slides: Array<[string, PitchFile]> = [
  ...loadFixtureTexts().map((f): [string, PitchFile] => [f.name, JSON.parse(f.text) as PitchFile]),
  ...EXAMPLE_PITCHES.map((e): [string, PitchFile] => [`example ${e.id}`, e.pitch]),
];
const cases = slides.flatMap(([name, pitch]) =>
  DRAFT_STYLE_IDS.flatMap((style) =>
    [30, 60].map((seconds) => [name, style, seconds, pitch] as const),
  ),
);

/** The number the headline promises, or the outcome's key number when the headline has none. */
function headlineNumber(pitch: PitchFile): string | undefined {
  return findQuantities(pitch.headline)[0]?.text ?? keyNumbers(pitch)[0];
}

describe.each(cases)('%s, %s, %i s', (_name, style, targetSeconds, pitch) => {
  const draft = draftPitch(pitch, { style, targetSeconds });
  const withDraft: PitchFile = {
    ...pitch,
    pitch: { text: draft, targetSeconds: targetSeconds as 30 | 60 },
  };
  const pitchFindings = analyzePitch(withDraft).findings.filter((f) => f.field === 'pitch');

  test('takes at most 110% of the target at 140 wpm', () => {
    expect(estimateSpokenSeconds(draft, 140)).toBeLessThanOrEqual(targetSeconds * 1.1);
  });

  test("holds the headline's key number", () => {
    const number = headlineNumber(pitch);
    if (number) expect(mentionsQuantity(draft, number), `"${number}" in: ${draft}`).toBe(true);
    expect(pitchFindings.map((f) => f.rule)).not.toContain('pitch-missing-metric');
  });

  test('makes the ask, or closes with a question when the slide has none', () => {
    const ask = pitch.ask?.trim() ?? '';
    if (ask) {
      expect(wordCoverage(ask, contentStems(draft))).toBeGreaterThanOrEqual(0.5);
      for (const q of findQuantities(ask)) expect(mentionsQuantity(draft, q.text)).toBe(true);
      expect(pitchFindings.map((f) => f.rule)).not.toContain('pitch-missing-ask');
    } else {
      expect(draft).toMatch(/\?$/u);
    }
  });

  test('has no filler or hedge words', () => {
    expect(pitchFindings.filter((f) => f.rule === 'filler-words' || f.rule === 'hedging')).toEqual(
      [],
    );
  });
});

describe('draftPitch', () => {
  const claims = EXAMPLE_PITCHES[0]!.pitch;

  test('is deterministic: the same slide gives the same draft', () => {
    for (const style of DRAFT_STYLE_IDS) {
      const first = draftPitch(claims, { style, targetSeconds: 45 });
      expect(draftPitch(structuredClone(claims), { style, targetSeconds: 45 })).toBe(first);
    }
  });

  test('the styles give different drafts', () => {
    const drafts = new Set(
      DRAFT_STYLE_IDS.map((style) => draftPitch(claims, { style, targetSeconds: 60 })),
    );
    expect(drafts.size).toBe(DRAFT_STYLE_IDS.length);
  });

  test('bottom line first opens with the headline and turns actions into commitments', () => {
    const draft = draftPitch(claims, { style: 'bottom-line-first', targetSeconds: 60 });
    expect(draft.startsWith('Automating claims triage will cut settlement time by a third')).toBe(
      true,
    );
    expect(draft).toContain('We will deploy rules-based triage');
    expect(draft).toContain(
      'I need your approval for $350K and two integration engineers from March.',
    );
    expect(draft).toMatch(/\?$/u);
  });

  test('a longer target carries more of the slide', () => {
    const words = [30, 45, 60].map(
      (t) => draftPitch(claims, { style: 'bottom-line-first', targetSeconds: t }).split(' ').length,
    );
    expect(words[0]).toBeLessThan(words[1]!);
    expect(words[1]).toBeLessThan(words[2]!);
  });

  test('a faster speaker gets more words into the same target', () => {
    const slow = draftPitch(claims, { style: 'story', targetSeconds: 30, wordsPerMinute: 120 });
    const fast = draftPitch(claims, { style: 'story', targetSeconds: 30, wordsPerMinute: 180 });
    expect(estimateSpokenSeconds(slow, 120)).toBeLessThanOrEqual(33);
    expect(fast.length).toBeGreaterThan(slow.length);
  });

  test('a thin slide gives a short draft, not padding', () => {
    const thin: PitchFile = {
      ...createBlankPitch(),
      headline: 'Self-service refunds will cut support calls by 20%',
      situation: ['Refund calls fill a third of our support queue'],
      action: ['Launch self-service refunds in the app'],
      outcome: ['Support calls fall 20% by June'],
      ask: 'Approve two developers for eight weeks',
    };
    const draft = draftPitch(thin, { style: 'bottom-line-first', targetSeconds: 90 });
    expect(estimateSpokenSeconds(draft)).toBeLessThan(30);
    expect(draft).toContain('We will launch self-service refunds in the app.');
  });

  test('an empty slide gives an empty draft', () => {
    expect(draftPitch(createBlankPitch(), { style: 'story', targetSeconds: 60 })).toBe('');
  });

  test('hedges on the slide do not reach the draft', () => {
    const hedged: PitchFile = {
      ...claims,
      action: ['We might try to deploy triage in April, hopefully'],
    };
    const draft = draftPitch(hedged, { style: 'bottom-line-first', targetSeconds: 60 });
    expect(draft).toContain('We will deploy triage in April.');
  });
});
