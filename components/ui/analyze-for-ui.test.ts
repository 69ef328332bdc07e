import { describe, expect, test } from 'vitest';
import { analyzePitch, isExecutiveReady } from '@/lib/advice';
import { createBlankPitch } from '@/lib/pitch/blank-pitch';
import { EXAMPLE_PITCHES } from '@/lib/pitch/examples';
import type { PitchFile } from '@/lib/pitch/schema';
import type { AdviceAnalysis } from './advice-analysis';
import { analyzeForUi } from './analyze-for-ui';

const example = EXAMPLE_PITCHES[0]!.pitch;
const withPitchText = (pitch: PitchFile, text: string | undefined): PitchFile => {
  const { pitch: spoken, ...slide } = pitch;
  return text === undefined ? slide : { ...slide, pitch: { ...spoken, text } };
};

describe('analyzeForUi (what the advice worker answers)', () => {
  test('carries the engine analysis unchanged: findings, overall, slide and pitch readiness', () => {
    for (const pitch of [example, createBlankPitch(), withPitchText(example, undefined)]) {
      const result: Partial<AdviceAnalysis> = analyzeForUi(pitch);
      delete result.hasPitchText;
      delete result.executiveReady;
      expect(result).toEqual(analyzePitch(pitch));
    }
  });

  test('survives structured cloning (postMessage) with every field', () => {
    const result = analyzeForUi(example);
    expect(structuredClone(result)).toEqual(result);
    expect(Object.keys(result).sort()).toEqual([
      'executiveReady',
      'findings',
      'hasPitchText',
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
    const result = analyzeForUi(withPitchText(example, text));
    expect(result.slideReadiness).toBe(100);
    expect(result.pitchReadiness).toBe(0);
    expect(result.hasPitchText).toBe(false);
    expect(result.executiveReady).toBe(false);
  });

  test('with its elevator pitch the same slide scores the pitch, and executiveReady is isExecutiveReady', () => {
    const result = analyzeForUi(example);
    expect(result.hasPitchText).toBe(true);
    expect(result.pitchReadiness).toBeGreaterThan(0);
    expect(result.executiveReady).toBe(isExecutiveReady(result.findings, true));
  });
});
