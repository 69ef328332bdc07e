'use client';

import type { PitchFile } from '@/lib/pitch/schema';
import type { AdviceAnalysis } from '@/components/ui/advice-analysis';
import { usePitchAnalysis } from '@/components/ui/use-pitch-analysis';

/** Findings, overall / slide / pitch readiness, and whether the pitch has an elevator pitch and is executive-ready. */
export type AdviceResult = AdviceAnalysis;

/** The advice engine on the live pitch, shortly after typing pauses (see `usePitchAnalysis`). */
export function useAdvice(
  pitch: PitchFile,
  wordsPerMinute: number,
  delayMs = 120,
): AdviceResult | null {
  return usePitchAnalysis(pitch, wordsPerMinute, delayMs)?.analysis ?? null;
}
