'use client';

import { useMemo } from 'react';
import type { Finding } from '@/lib/advice';
import type { PitchFile } from '@/lib/pitch/schema';
import { usePitchAnalysis } from '@/components/ui/use-pitch-analysis';

/** Fields whose advice this step shows. */
const DRAFTER_FIELDS = new Set(['pitch', 'valueProposition']);

export interface PitchAdvice {
  findings: Finding[];
  /** The pitch text the findings were computed for: word offsets only hold for that text. */
  analysedText: string | null;
}

/**
 * Advice on the pitch text and the value proposition, run ~150 ms after typing pauses, in a Web
 * Worker (see `usePitchAnalysis`).
 */
export function usePitchAdvice(pitch: PitchFile, wordsPerMinute: number, delayMs = 150): PitchAdvice {
  const result = usePitchAnalysis(pitch, wordsPerMinute, delayMs);
  return useMemo(
    () =>
      result
        ? {
            findings: result.analysis.findings.filter((f) => DRAFTER_FIELDS.has(f.field)),
            analysedText: result.pitch.pitch?.text ?? '',
          }
        : { findings: [], analysedText: null },
    [result],
  );
}
