'use client';

import type { PitchAnalysis } from '@/lib/advice';
import type { PitchFile } from '@/lib/pitch/schema';
import { usePitchAnalysis } from '@/components/ui/use-pitch-analysis';

export type AdviceResult = PitchAnalysis;

/** The advice engine on the live pitch, shortly after typing pauses (see `usePitchAnalysis`). */
export function useAdvice(pitch: PitchFile, wordsPerMinute: number, delayMs = 120): AdviceResult | null {
  return usePitchAnalysis(pitch, wordsPerMinute, delayMs)?.analysis ?? null;
}
