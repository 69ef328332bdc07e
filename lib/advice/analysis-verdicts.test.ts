import { describe, expect, test } from 'vitest';
import { analyzePitch, isExecutiveReady, splitReadiness } from '@/lib/advice';
import { createBlankPitch } from '@/lib/pitch/blank-pitch';
import { EXAMPLE_PITCHES } from '@/lib/pitch/examples';
import type { PitchFile } from '@/lib/pitch/schema';

const example = EXAMPLE_PITCHES[0]!.pitch;
const withPitchText = (pitch: PitchFile, text: string | undefined): PitchFile => {
  const { pitch: spoken, ...slide } = pitch;
  return text === undefined ? slide : { ...slide, pitch: { ...spoken, text } };
};

describe('the verdicts of an analysis (what the advice worker answers)', () => {
  test('readiness splits the findings between the slide and the speech', () => {
    for (const pitch of [example, createBlankPitch(), withPitchText(example, undefined)]) {
      const result = analyzePitch(pitch);
      expect({
        readiness: result.readiness,
        slideReadiness: result.slideReadiness,
        pitchReadiness: result.pitchReadiness,
      }).toEqual(splitReadiness(result.findings, result.hasSpeech));
    }
  });

  test('survives structured cloning (postMessage) with every field', () => {
    const result = analyzePitch(example);
    expect(structuredClone(result)).toEqual(result);
    expect(Object.keys(result).sort()).toEqual([
      'executiveReady',
      'findings',
      'hasSpeech',
      'pitchReadiness',
      'readiness',
      'slideReadiness',
    ]);
  });

  test.each([
    ['no pitch at all', undefined],
    ['an empty pitch', ''],
    ['a pitch of spaces', '  \n '],
  ])('a clean slide with %s: pitch readiness 0, not executive-ready', (_name, text) => {
    const result = analyzePitch(withPitchText(example, text));
    expect(result.slideReadiness).toBe(100);
    expect(result.pitchReadiness).toBe(0);
    expect(result.hasSpeech).toBe(false);
    expect(result.executiveReady).toBe(false);
  });

  test('with its elevator pitch the same slide scores the pitch, and executiveReady is isExecutiveReady', () => {
    const result = analyzePitch(example);
    expect(result.hasSpeech).toBe(true);
    expect(result.pitchReadiness).toBeGreaterThan(0);
    expect(result.executiveReady).toBe(isExecutiveReady(result.findings, true));
  });
});
