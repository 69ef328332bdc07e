'use client';

import { useMemo } from 'react';
import { draftPitch, fillAdvice, type DraftStyleId, type LensId } from '@/lib/drafter';
import type { PitchFile } from '@/lib/pitch/schema';
import { estimateSpokenSeconds } from '@/lib/pitch/spoken-time';

/** Share of the target below which a whole-slide draft is too short (the low end of ±10%). */
const LEAST = 0.9;

interface FillOptions {
  style: DraftStyleId;
  lens: LensId;
  targetSeconds: number;
  wordsPerMinute: number;
}

/**
 * What to add to the slide when all of it, drafted in full, falls short of the target, else
 * undefined. Worked out again only when the slide changes, not on each keystroke in the pitch.
 */
export function useSlideFill(values: PitchFile, { style, lens, targetSeconds, wordsPerMinute }: FillOptions): string | undefined {
  const slide = JSON.stringify({ ...values, pitch: undefined });
  return useMemo(() => {
    const pitch = JSON.parse(slide) as PitchFile;
    const whole = draftPitch(pitch, { style, lens, targetSeconds: 600, wordsPerMinute });
    if (!whole || estimateSpokenSeconds(whole, wordsPerMinute) >= targetSeconds * LEAST) return undefined;
    return fillAdvice(pitch, targetSeconds);
  }, [slide, style, lens, targetSeconds, wordsPerMinute]);
}
